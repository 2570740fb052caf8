/**
 * Which staking-backend paths the same-origin proxy forwards (spec §5.2): the endpoints the
 * browser's client calls, with their argument shapes. Anything else is refused before leaving the
 * server. The whole node list (`nodes`, megabytes on mainnet) is read by the server only, shared
 * across requests (lib/backend/cached-registry.ts): forwarding it would let anyone make the server
 * fetch and validate it once per request.
 */
import { getAddress } from "viem";

const ADDRESS = "0x[0-9a-fA-F]{40}";
const ED25519 = "[0-9a-fA-F]{64}";

const GET_PATTERNS = [
  "info",
  "nodes/bls",
  `stakes/${ADDRESS}`,
  `rewards/${ADDRESS}`,
  `daily-rewards/${ADDRESS}`,
  `exit/${ED25519}`,
  `liquidation/${ED25519}`,
  `registrations/(?:${ADDRESS}|${ED25519})`,
  "contract/contribution",
  `contract/contribution/${ED25519}`,
].map((p) => new RegExp(`^${p}$`));

const POST_PATTERNS = [new RegExp(`^rewards/${ADDRESS}$`)];

/**
 * One spelling per resource, as the backend wants it (spec §5): addresses in EIP-55 form (its
 * /daily-rewards looks an address up as given, and refuses a wrongly checksummed one), keys in lower
 * case. A path differing only in case is then one backend call, one shared answer and one
 * signature allowance. Call it on an allowed path.
 */
export function canonicalBackendPath(path: string): string {
  return path.replace(/0x[0-9a-fA-F]{40}/g, (a) => getAddress(a.toLowerCase())).replace(/(?<![0-9a-fA-Fx])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g, (k) => k.toLowerCase());
}

export function isAllowedBackendPath(method: string, path: string): boolean {
  const patterns = method === "GET" ? GET_PATTERNS : method === "POST" ? POST_PATTERNS : [];
  return patterns.some((re) => re.test(path));
}
