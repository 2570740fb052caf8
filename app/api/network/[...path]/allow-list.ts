/**
 * Which staking-backend paths the same-origin proxy forwards (spec §5.2): the endpoints the
 * browser's client calls, with their argument shapes. Anything else is refused before leaving the
 * server. The whole node list (`nodes`, megabytes on mainnet) is read by the server only, shared
 * across requests (lib/network/cached-registry.ts): forwarding it would let anyone make the server
 * fetch and validate it once per request.
 */
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

export function isAllowedNetworkPath(method: string, path: string): boolean {
  const patterns = method === "GET" ? GET_PATTERNS : method === "POST" ? POST_PATTERNS : [];
  return patterns.some((re) => re.test(path));
}
