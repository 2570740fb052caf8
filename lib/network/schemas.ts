/**
 * The staking backend's JSON, as zod schemas (spec §5.3). The dApp's client parses every response
 * with these, and the devnet simulator's tests validate every response it emits with the same ones,
 * so the two cannot drift apart.
 *
 * Units: amounts are atomic SESH (10^-9). Fields the backend types as bigint are parsed with
 * z.coerce.bigint(), which accepts JSON numbers and decimal strings; the devnet simulator always
 * emits them as decimal strings (exact above 2^53). Keys and signatures are lower-case hex without
 * 0x; addresses pass viem's strict isAddress (all lower-case or a valid EIP-55 checksum).
 */
import { isAddress, type Address } from "viem";
import { z } from "zod";

const hexOf = (chars: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${chars}}$`), `${what} must be ${chars} lower-case hex characters`);

export const addressSchema = z.custom<Address>(
  (value) => typeof value === "string" && isAddress(value, { strict: true }),
  "expected a 0x-prefixed Ethereum address (lower-case or EIP-55 checksummed)",
);
export const ed25519HexSchema = hexOf(64, "an Ed25519 key");
export const blsPubkeyHexSchema = hexOf(128, "a BLS public key");
export const blsSignatureHexSchema = hexOf(256, "a BLS signature");
/** Atomic amounts and ids the backend types as bigint. */
export const bigintSchema = z.coerce.bigint();

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
  min_operator_contribution: z.number(),
  nettype: z.string(),
  node_count: z.number(),
  pulse_target_timestamp: z.number(),
  staking_requirement: z.number(),
  version: z.string(),
});
export type NetworkInfo = z.infer<typeof networkInfoSchema>;

/** Event names the portal accepts; any other name makes a whole response fail (spec §5.3). */
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

export const arbitrumEventSchema = z.object({
  args: z.unknown(),
  block: z.number(),
  log_index: z.number(),
  main_arg: z.string().nullable(),
  name: z.enum(arbitrumEventNames),
  tx: z.string(),
});
export type ArbitrumEvent = z.infer<typeof arbitrumEventSchema>;

export const stakeContributorSchema = z.object({
  address: addressSchema,
  beneficiary: addressSchema,
  amount: bigintSchema,
});
export type StakeContributor = z.infer<typeof stakeContributorSchema>;

export const exitTypeSchema = z.enum(["deregister", "exit"]).nullable();

export const stakeSchema = z.object({
  active: z.coerce.boolean(),
  contract_id: z.number(),
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
});
export type Stake = z.infer<typeof stakeSchema>;

export const contributionContractContributorSchema = z.object({
  address: addressSchema,
  beneficiary_address: addressSchema.nullable(),
  amount: bigintSchema,
  reserved: bigintSchema,
});
export type ContributionContractContributor = z.infer<typeof contributionContractContributorSchema>;

const contributionStatusSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** What responses are parsed with: fee and key may be null right after creation. */
export const contributionContractNotReadySchema = z.object({
  address: addressSchema,
  contributors: z.array(contributionContractContributorSchema),
  events: z.array(arbitrumEventSchema),
  operator_address: addressSchema,
  service_node_pubkey: ed25519HexSchema,
  status: contributionStatusSchema.default(0),
  /** basis points (10 000 = 100 %) */
  fee: z.number().nullable(),
  manual_finalize: z.coerce.boolean(),
  pubkey_bls: blsPubkeyHexSchema.nullable(),
});
export type ContributionContractNotReady = z.infer<typeof contributionContractNotReadySchema>;

/** The strict variant the portal keeps (non-null fee and key). */
export const contributionContractSchema = contributionContractNotReadySchema.extend({
  fee: z.number(),
  pubkey_bls: blsPubkeyHexSchema,
});
export type ContributionContract = z.infer<typeof contributionContractSchema>;

export const vestingContractSchema = z.object({
  address: addressSchema,
  beneficiary: addressSchema,
  initial_amount: bigintSchema,
  initial_beneficiary: addressSchema,
  revoker: addressSchema,
  time_start: z.coerce.number(),
  time_end: z.coerce.number(),
  transferable_beneficiary: z.coerce.boolean(),
});
export type VestingContract = z.infer<typeof vestingContractSchema>;

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
export type RewardsInfo = z.infer<typeof rewardsInfoSchema>;

export const rewardsSignatureSchema = z.object({
  aggregate_pubkey: z.string(),
  amount: bigintSchema,
  height: z.number(),
  msg_to_sign: z.string(),
  non_signer_indices: z.array(bigintSchema),
  signature: blsSignatureHexSchema,
});
export type RewardsSignature = z.infer<typeof rewardsSignatureSchema>;

export const dailyRewardInfoSchema = z.object({
  block: z.number(),
  lifetime_rewards: z.number(),
  timestamp: z.number(),
});
export type DailyRewardInfo = z.infer<typeof dailyRewardInfoSchema>;

export const exitSignatureSchema = z.object({
  bls_pubkey: blsPubkeyHexSchema,
  msg_to_sign: z.string(),
  non_signer_indices: z.array(bigintSchema),
  signature: blsSignatureHexSchema,
  timestamp: z.number(),
});
export type ExitSignature = z.infer<typeof exitSignatureSchema>;

export const exitLiquidationItemSchema = z.object({
  info: z.object({ bls_public_key: z.string() }),
  height: z.number(),
  liquidation_height: z.number(),
  service_node_pubkey: z.string(),
  type: z.string(),
  version: z.string(),
});
export type ExitLiquidationItem = z.infer<typeof exitLiquidationItemSchema>;

export const registrationSchema = z.object({
  operator: addressSchema,
  pubkey_bls: blsPubkeyHexSchema,
  pubkey_ed25519: ed25519HexSchema,
  sig_bls: blsSignatureHexSchema,
  sig_ed25519: hexOf(128, "an Ed25519 signature"),
  timestamp: z.number(),
});
export type Registration = z.infer<typeof registrationSchema>;

// ---- one schema per endpoint response (spec §5.2); every response carries `network` and `t` ----

const envelope = { network: networkInfoSchema, t: z.number() };
const blsKeyIdsSchema = z.record(z.string(), z.number());

export const infoResponseSchema = z.object(envelope);
export type InfoResponse = z.infer<typeof infoResponseSchema>;

export const nodesResponseSchema = z.object({ ...envelope, nodes: z.array(stakeSchema) });
export type NodesResponse = z.infer<typeof nodesResponseSchema>;

export const nodesBlsResponseSchema = z.object({ ...envelope, bls_keys: blsKeyIdsSchema });
export type NodesBlsResponse = z.infer<typeof nodesBlsResponseSchema>;

export const stakesResponseSchema = z.object({
  ...envelope,
  stakes: z.array(stakeSchema),
  contracts: z.array(contributionContractNotReadySchema),
  vesting: z.array(vestingContractSchema),
  added_bls_keys: blsKeyIdsSchema,
});
export type StakesResponse = z.infer<typeof stakesResponseSchema>;

export const rewardsInfoResponseSchema = z.object({ ...envelope, rewards: rewardsInfoSchema });
export type RewardsInfoResponse = z.infer<typeof rewardsInfoResponseSchema>;

export const rewardsSignatureResponseSchema = z.object({ ...envelope, rewards: rewardsSignatureSchema });
export type RewardsSignatureResponse = z.infer<typeof rewardsSignatureResponseSchema>;

export const dailyRewardsResponseSchema = z.object({
  network: networkInfoSchema,
  t: z.number().optional(),
  rewards: z.array(dailyRewardInfoSchema),
});
export type DailyRewardsResponse = z.infer<typeof dailyRewardsResponseSchema>;

export const exitSignatureResponseSchema = z.object({ ...envelope, result: exitSignatureSchema });
export type ExitSignatureResponse = z.infer<typeof exitSignatureResponseSchema>;

export const exitLiquidationListResponseSchema = z.object({ ...envelope, result: z.array(exitLiquidationItemSchema) });
export type ExitLiquidationListResponse = z.infer<typeof exitLiquidationListResponseSchema>;

export const registrationsResponseSchema = z.object({
  network: networkInfoSchema,
  t: z.number().optional(),
  registrations: z.array(registrationSchema),
});
export type RegistrationsResponse = z.infer<typeof registrationsResponseSchema>;

export const contributionContractsResponseSchema = z.object({
  ...envelope,
  contracts: z.array(contributionContractNotReadySchema),
  added_bls_keys: blsKeyIdsSchema,
});
export type ContributionContractsResponse = z.infer<typeof contributionContractsResponseSchema>;

export const contributionContractResponseSchema = z.object({
  ...envelope,
  contract: contributionContractNotReadySchema.nullable(),
});
export type ContributionContractResponse = z.infer<typeof contributionContractResponseSchema>;

/** Error bodies: the backend and the simulator answer non-2xx with `{ error: string }`. */
export const errorResponseSchema = z.object({ error: z.string() });
