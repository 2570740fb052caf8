/**
 * `npm run devnet:node -- --operator 0x…`: has the simulated network prepare a new node's keys for
 * an operator, as a Session node operator would with their own node. The dApp's registration
 * wizard then finds it at /registrations/<operator>.
 */
import { fail, postControl } from "./api";

const args = process.argv.slice(2);
const i = args.indexOf("--operator");
const operator = i >= 0 ? args[i + 1] : args[0];
if (!operator) fail("Usage: npm run devnet:node -- --operator 0xYourAddress");
const result = await postControl("/devnet/registrations", { operator });
const r = result.registration as Record<string, unknown>;
console.log(`Prepared a node for ${String(r.operator)}:`);
console.log(JSON.stringify(r, null, 2));
