/** `npm run devnet:faucet -- 0x…`: sends 10,000 SESH and 1 ETH on the devnet to an address. */
import { fail, postControl } from "./api";

const address = process.argv[2];
if (!address) fail("Usage: npm run devnet:faucet -- 0xYourAddress");
const result = await postControl("/devnet/faucet", { address });
const txs = result.txs as { token: string; eth: string };
console.log(`Sent 10,000 SESH and 1 ETH to ${String(result.address)} (txs ${txs.token}, ${txs.eth})`);
