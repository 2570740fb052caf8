/** `npm run devnet:advance -- 30d`: moves devnet chain time and the Session height forward together. */
import { parseDuration } from "../simulator/clock";
import { fail, postControl } from "./api";

const arg = process.argv[2];
if (!arg) fail("Usage: npm run devnet:advance -- <duration>   e.g. 30d, 12h, 90m or 3600 (seconds)");
let seconds = 0;
try {
  seconds = parseDuration(arg);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const result = await postControl("/devnet/advance", { seconds });
const network = result.network as { block_height: number; block_timestamp: number };
console.log(
  `Advanced ${seconds} s: Session height ${network.block_height}, chain time ${new Date(Number(result.chain_time) * 1000).toISOString()}`,
);
