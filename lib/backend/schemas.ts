/**
 * The staking backend's JSON, as zod schemas (spec §5.3, with the real backend's dialect of §5.5).
 * The dApp's client parses every response with these; the devnet simulator's tests validate what it
 * emits with the same ones.
 *
 * Input: the text is parsed losslessly first (json.ts), so integers above 2^53 arrive as bigints,
 * never as rounded floats. Amount fields (atomic SESH, 10^-9) become exact bigints whether they
 * came as a number, a bigint or a string of digits; plain counters (heights, timestamps, node ids,
 * fees) stay numbers. Booleans are 0/1 or true/false, nothing else. Where the backend's revisions
 * differ the schemas accept both and normalise: keys lose a `0x` prefix and regain dropped leading
 * zeros, a null stake beneficiary becomes the staker, an event name we do not know is kept as
 * "other", a numeric `version` becomes a string. Informational fields (`aggregate_pubkey`,
 * `msg_to_sign`) are optional; what a flow submits (amounts, signatures, ids) stays required.
 * Addresses pass viem's strict isAddress (all lower-case or a valid EIP-55 checksum).
 */
import { z } from "zod";
import { decodeContributionStatus } from "@/lib/staking/contract-state";
import {
  addressSchema,
  exactBigintSchema,
  exactBooleanSchema,
  exactHexSchema,
  exactNumberSchema,
  keyHexSchema,
  nodeIdSchema,
} from "./scalars";

export { addressSchema };
export const ed25519HexSchema = keyHexSchema(64, "an Ed25519 key");
export const blsPubkeyHexSchema = keyHexSchema(128, "a BLS public key");
export const blsSignatureHexSchema = exactHexSchema(256, "a BLS signature");
/** Atomic amounts and the ids the backend types as bigint. */
export const bigintSchema = exactBigintSchema;

export const networkInfoSchema = z.object({
  active_node_count: z.number(),
  block_hash: z.string(),
  block_height: z.number(),
  block_timestamp: z.number(),
  hard_fork: z.number(),
  immutable_block_hash: z.string(),
  immutable_block_height: z.number(),
  max_stakers: z.number(),
  median_operator_fee: z.number(),
  /** atomic */
  min_operator_contribution: bigintSchema,
  nettype: z.string(),
  node_count: z.number(),
  pulse_target_timestamp: z.number(),
  /** atomic */
  staking_requirement: bigintSchema,
  version: z.string(),
  /**
   * The Arbitrum height the network had witnessed when it answered (spec §5: an extra field, 0 in
   * revisions with a placeholder). The server cache reads a behind answer again (lib/server-cache/backend-read.ts).
   */
  l2_height: z.number().optional(),
});
export type NetworkInfo = z.infer<typeof networkInfoSchema>;

/**
 * Event names the portal knows (spec §5.3). The backend records others too (e.g.
 * BLSNonSignerThresholdMaxUpdated, attached to whichever node's id equals its argument): those parse
 * as name "other" with the name kept in `raw_name`, so one unknown event never fails a response.
 */
export const arbitrumEventNames = [
  "NewServiceNodeContributionContract",
  "Finalized",
  "NewContribution",
  "OpenForPublicContribution",
  "Filled",
  "WithdrawContribution",
  "UpdateStakerBeneficiary",
  "UpdateManualFinalize",
  "UpdateFee",
  "UpdatePubkeys",
  "UpdateReservedContributors",
  "Reset",
  "NewSeededServiceNode",
  "NewServiceNodeV2",
  "ServiceNodeExitRequest",
  "ServiceNodeExit",
  "ServiceNodeLiquidated",
  "RewardsClaimed",
  "StakingRequirementUpdated",
  "ClaimThresholdUpdated",
  "ClaimCycleUpdated",
  "LiquidationRatiosUpdated",
  "BLSNonSignerIndicesUpdated",
  "Transfer",
  "Approval",
] as const;
export type ArbitrumEventName = (typeof arbitrumEventNames)[number];

const knownEventNames = new Set<string>(arbitrumEventNames);
const isKnownEventName = (name: string): name is ArbitrumEventName => knownEventNames.has(name);

export const arbitrumEventSchema = z
  .object({
    /** decoded event arguments by ABI name; uint256 values above 2^53 are bigints */
    args: z.unknown(),
    block: z.number(),
    log_index: z.number(),
    /** the node id (rewards contract events) or the contract address (contribution contract events) */
    main_arg: z.union([z.string(), z.number(), z.bigint()]).nullable().transform((v) => (v === null ? null : String(v))),
    name: z.string(),
    tx: z.string(),
  })
  .transform(({ name, ...event }) => ({ ...event, name: isKnownEventName(name) ? name : ("other" as const), raw_name: name }));
/** An event as the backend writes it (what the devnet simulator emits). */
export type ArbitrumEventJson = z.input<typeof arbitrumEventSchema>;

/** `beneficiary` is a nullable column in the backend: null means the staker itself, so it becomes `address`. */
export const stakeContributorSchema = z
  .object({
    address: addressSchema,
    beneficiary: addressSchema.nullish(),
    amount: bigintSchema,
  })
  .transform((c) => ({ address: c.address, beneficiary: c.beneficiary ?? c.address, amount: c.amount }));

export const exitTypeSchema = z.enum(["deregister", "exit"]).nullable();

/**
 * A node's software version from its last uptime proof (spec §5.7): `[major, minor, patch]`, null
 * before any proof. Optional (older revisions leave it out) and lenient: a malformed value reads as
 * "unknown" (null) rather than rejecting the whole node list over one informational field.
 */
const versionTriple = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]);
const softwareVersionSchema = z.unknown().optional().transform((v) => {
  const parsed = versionTriple.safeParse(v);
  return parsed.success ? parsed.data : null;
});

export const stakeSchema = z.object({
  active: exactBooleanSchema,
  contract_id: nodeIdSchema,
  contributors: z.array(stakeContributorSchema),
  deregistration_height: z.number().nullable(),
  earned_downtime_blocks: z.number(),
  events: z.array(arbitrumEventSchema),
  exit_type: exitTypeSchema,
  last_reward_block_height: z.number(),
  last_uptime_proof: z.number(),
  liquidation_height: z.number().nullable(),
  operator_address: addressSchema,
  /** parts per million (1 000 000 = 100 %), unlike the contribution contract's basis-point `fee` */
  operator_fee: z.number(),
  pubkey_bls: blsPubkeyHexSchema,
  pubkey_ed25519: ed25519HexSchema,
  registration_height: z.number(),
  requested_unlock_height: z.number(),
  service_node_pubkey: ed25519HexSchema,
  staking_requirement: bigintSchema,
  total_contributed: bigintSchema,
  service_node_version: softwareVersionSchema,
  storage_server_version: softwareVersionSchema,
  lokinet_version: softwareVersionSchema,
});
export type Stake = z.infer<typeof stakeSchema>;

export const contributionContractContributorSchema = z.object({
  address: addressSchema,
  beneficiary_address: addressSchema.nullable(),
  amount: bigintSchema,
  reserved: bigintSchema,
});

/** The enum's number (spec §3.1) to its name, by lib/staking's one decoder. */
const contributionStatusSchema = z
  .number()
  .transform((n, ctx) => decodeContributionStatus(n) ?? (ctx.addIssue({ code: "custom", message: `is not a contribution status (0 to 3): ${n}` }), z.NEVER));

/**
 * What responses are parsed with. The backend writes a contract's row from the factory's event
 * before it has read the contract (spec §5.5, §5.9), so for a while its fee, BLS key and activation
 * mode are null: null here means unknown (never false, never 0); lib/staking's
 * `contractDetailsPending` says what the dApp does with such a row.
 */
export const contributionContractNotReadySchema = z.object({
  address: addressSchema,
  contributors: z.array(contributionContractContributorSchema),
  events: z.array(arbitrumEventSchema),
  operator_address: addressSchema,
  service_node_pubkey: ed25519HexSchema,
  status: contributionStatusSchema.default("awaitingOperator"),
  /** basis points (10 000 = 100 %) */
  fee: z.number().nullable(),
  manual_finalize: exactBooleanSchema.nullable(),
  pubkey_bls: blsPubkeyHexSchema.nullable(),
});
export type ContributionContractNotReady = z.infer<typeof contributionContractNotReadySchema>;

/**
 * A row whose operator or node key is still null was created by a contract event the backend read
 * before the factory's (§5.9): it names no node yet, so it is left out (skipped, not an error: one
 * such row must never reject the whole answer).
 */
function namesItsNode(row: unknown): boolean {
  if (typeof row !== "object" || row === null) return true; // let the row schema say what is wrong
  const r = row as { operator_address?: unknown; service_node_pubkey?: unknown };
  return r.operator_address != null && r.service_node_pubkey != null;
}

/** A list of contract rows, without the rows that name no node yet. */
export const contributionContractRowsSchema = z.preprocess(
  (rows) => (Array.isArray(rows) ? rows.filter(namesItsNode) : rows),
  z.array(contributionContractNotReadySchema),
);

/** One contract row, or null while it names no node yet (as if the backend had none). */
export const contributionContractRowSchema = z.preprocess(
  (row) => (row !== null && !namesItsNode(row) ? null : row),
  contributionContractNotReadySchema.nullable(),
);

export const vestingContractSchema = z.object({
  address: addressSchema,
  beneficiary: addressSchema,
  initial_amount: bigintSchema,
  initial_beneficiary: addressSchema,
  revoker: addressSchema,
  time_start: exactNumberSchema,
  time_end: exactNumberSchema,
  transferable_beneficiary: exactBooleanSchema,
});

export const rewardsInfoSchema = z.object({
  amount: bigintSchema,
  lifetime_liquidated_stakes: bigintSchema,
  lifetime_locked_stakes: bigintSchema,
  lifetime_rewards: bigintSchema,
  lifetime_unlocked_stakes: bigintSchema,
  locked_stakes: bigintSchema,
  timelocked_stakes: bigintSchema,
  claimed_stakes: bigintSchema,
  claimed_rewards: bigintSchema,
});

export const rewardsSignatureSchema = z.object({
  /** informational; absent in some oxend revisions */
  aggregate_pubkey: z.string().optional(),
  /** the lifetime total to pass to updateRewardsBalance: exact, or the signature does not verify */
  amount: bigintSchema,
  height: z.number(),
  /** informational */
  msg_to_sign: z.string().optional(),
  non_signer_indices: z.array(bigintSchema),
  signature: blsSignatureHexSchema,
});

export const dailyRewardInfoSchema = z.object({
  block: z.number(),
  /** atomic, lifetime */
  lifetime_rewards: bigintSchema,
  /** unix seconds, a float in the backend */
  timestamp: z.number(),
});

export const exitSignatureSchema = z.object({
  bls_pubkey: blsPubkeyHexSchema,
  /** informational; oxend sends it, the documented examples do not */
  msg_to_sign: z.string().optional(),
  non_signer_indices: z.array(bigintSchema),
  signature: blsSignatureHexSchema,
  timestamp: z.number(),
});

export const exitLiquidationItemSchema = z.object({
  info: z.object({ bls_public_key: blsPubkeyHexSchema }),
  height: z.number(),
  liquidation_height: z.number(),
  service_node_pubkey: ed25519HexSchema,
  type: z.string(),
  /** a number (uint8, 1) in the backend; kept as text */
  version: z.union([z.string(), z.number()]).transform(String),
});

export const registrationSchema = z.object({
  operator: addressSchema,
  pubkey_bls: blsPubkeyHexSchema,
  pubkey_ed25519: ed25519HexSchema,
  sig_bls: blsSignatureHexSchema,
  sig_ed25519: exactHexSchema(128, "an Ed25519 signature"),
  /** unix seconds, a float in the backend */
  timestamp: z.number(),
});
export type Registration = z.infer<typeof registrationSchema>;

// ---- one schema per endpoint response (spec §5.2); every response carries `network` and `t` ----

const envelope = { network: networkInfoSchema, t: z.number() };
/** BLS key -> node id; keys normalised like every other BLS key, so lookups by pubkey_bls match. */
const blsKeyIdsSchema = z
  .record(z.string(), z.number())
  .transform((record, ctx) => {
    const out: Record<string, number> = {};
    for (const [key, id] of Object.entries(record)) {
      const parsed = blsPubkeyHexSchema.safeParse(key);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: `${key.slice(0, 24)}… is not a BLS public key` });
        return z.NEVER;
      }
      out[parsed.data] = id;
    }
    return out;
  });

export const infoResponseSchema = z.object(envelope);

export const nodesResponseSchema = z.object({ ...envelope, nodes: z.array(stakeSchema) });
export type NodesResponse = z.infer<typeof nodesResponseSchema>;

export const nodesBlsResponseSchema = z.object({ ...envelope, bls_keys: blsKeyIdsSchema });

export const stakesResponseSchema = z.object({
  ...envelope,
  stakes: z.array(stakeSchema),
  contracts: contributionContractRowsSchema,
  vesting: z.array(vestingContractSchema),
  added_bls_keys: blsKeyIdsSchema,
});
export type StakesResponse = z.infer<typeof stakesResponseSchema>;

export const rewardsInfoResponseSchema = z.object({ ...envelope, rewards: rewardsInfoSchema });
export type RewardsInfoResponse = z.infer<typeof rewardsInfoResponseSchema>;

export const rewardsSignatureResponseSchema = z.object({ ...envelope, rewards: rewardsSignatureSchema });

export const dailyRewardsResponseSchema = z.object({
  network: networkInfoSchema,
  t: z.number().optional(),
  rewards: z.array(dailyRewardInfoSchema),
});
export type DailyRewardsResponse = z.infer<typeof dailyRewardsResponseSchema>;

export const exitSignatureResponseSchema = z.object({ ...envelope, result: exitSignatureSchema });

export const exitLiquidationListResponseSchema = z.object({ ...envelope, result: z.array(exitLiquidationItemSchema) });

export const registrationsResponseSchema = z.object({
  network: networkInfoSchema,
  t: z.number().optional(),
  registrations: z.array(registrationSchema),
});

export const contributionContractsResponseSchema = z.object({
  ...envelope,
  contracts: contributionContractRowsSchema,
  added_bls_keys: blsKeyIdsSchema,
});
export type ContributionContractsResponse = z.infer<typeof contributionContractsResponseSchema>;

export const contributionContractResponseSchema = z.object({
  ...envelope,
  contract: contributionContractRowSchema,
});

/**
 * Error bodies of our own proxy (app/api/backend): `{ error }`, plus `upstream_status` when it is
 * passing on the backend's status. The backend itself answers errors with Flask's HTML pages, so
 * for it the status code is the only signal (client.ts).
 */
export const proxyErrorSchema = z.object({ error: z.string(), upstream_status: z.number().optional() });
