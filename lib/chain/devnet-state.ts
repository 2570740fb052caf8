/**
 * The devnet state file `.devnet/devnet.json`, written by `npm run devnet` once the chain is seeded
 * and the network simulator answers. The dApp server reads it at request time to find the devnet's
 * contracts and staking backend; tests read it to find the funded test accounts.
 */
import { isAddress, type Address, type Hex } from "viem";
import { z } from "zod";

const address = z.custom<Address>(
  (v) => typeof v === "string" && isAddress(v, { strict: true }),
  "expected a 0x-prefixed Ethereum address",
);
const privateKey = z.custom<Hex>((v) => typeof v === "string" && /^0x[0-9a-fA-F]{64}$/.test(v), "expected a 32-byte hex private key");

export const DEVNET_CHAIN_ID = 31337;
/** Relative to the repository root. */
export const DEVNET_STATE_PATH = ".devnet/devnet.json";

export const devnetAccountSchema = z.object({
  name: z.string().min(1),
  address,
  privateKey,
  roles: z.array(z.string()),
});
export type DevnetAccount = z.infer<typeof devnetAccountSchema>;

/** Which contract build the devnet deployed (devnet/contract-build.ts): its directory and bytecode hashes. */
export const devnetContractBuildSchema = z.object({
  /** relative to the repository root when inside it */
  dir: z.string().min(1),
  /** true when it is the repository's own stand-ins (contracts/out) */
  standIns: z.boolean(),
  artifacts: z.record(
    z.string(),
    z.object({ contract: z.string(), file: z.string(), bytecodeSha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

/**
 * A seeded vesting contract (TokenVestingStaking, spec Appendix C): `role` says what the seeded world
 * made of it (devnet/world-plan.ts VESTING_CONTRACTS), the rest is what its constructor was given.
 */
const devnetVestingSchema = z.object({
  role: z.enum(["locked", "unlocked", "transferable", "revoked", "notStarted"]),
  address,
  beneficiary: address,
  /** the zero address: not revocable */
  revoker: address,
  /** unix seconds */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  transferableBeneficiary: z.boolean(),
});

export const devnetStateSchema = z.object({
  chainId: z.literal(DEVNET_CHAIN_ID),
  rpcUrl: z.string().url(),
  backendApiUrl: z.string().url(),
  contracts: z.object({
    token: address,
    rewards: address,
    factory: address,
    pool: address,
    multicall3: address,
  }),
  /** absent in state files written before builds were recorded */
  contractBuild: devnetContractBuildSchema.optional(),
  accounts: z.array(devnetAccountSchema),
  /** absent in state files written before vesting contracts were seeded */
  vesting: z.array(devnetVestingSchema).default([]),
  /** unix milliseconds when the devnet became ready */
  startedAt: z.number(),
});
export type DevnetState = z.infer<typeof devnetStateSchema>;

/** Parses the file's text; throws an Error that says which field is wrong. */
export function parseDevnetState(json: string): DevnetState {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`${DEVNET_STATE_PATH} is not valid JSON; restart the devnet with \`npm run devnet\`.`);
  }
  const parsed = devnetStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${DEVNET_STATE_PATH} is invalid at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"}`);
  }
  return parsed.data;
}
