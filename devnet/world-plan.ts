/**
 * The seeded devnet world, as data: which node keys are registered how, who stakes what, and the
 * facts only the Session network knows (decommissioned, deregistered, operator fees of seeded
 * nodes). The seeder (seed.ts) turns it into transactions; the simulator reads the network facts.
 * Node n uses the keys of devnetNodeKeys(n). Amounts are whole SESH here, atomic everywhere else.
 */
export const STAKING_REQUIREMENT_SESH = 25_000n;
export const MAX_CONTRIBUTORS = 10;
export const POOL_FUNDING_SESH = 40_000_000n;
export const TEST_ACCOUNT_FUNDING_SESH = 100_000n;
export const FAUCET_SESH = 10_000n;

/** Account reference: a Hardhat account index (1..5 are the test accounts, see accounts.ts). */
export type Stakeholder = { account: number; sesh: bigint };

export type SeededNodePlan = {
  node: number;
  /** days before the devnet start the node was (notionally) registered */
  addedDaysAgo: number;
  /** operator first; sums to the staking requirement */
  contributors: Stakeholder[];
  /** operator fee in basis points (the network's record; seedPublicKeyList has no fee) */
  feeBps: number;
};

const solo = (node: number, account: number, addedDaysAgo: number): SeededNodePlan => ({
  node,
  addedDaysAgo,
  contributors: [{ account, sesh: STAKING_REQUIREMENT_SESH }],
  feeBps: 0,
});

const multi = (node: number, addedDaysAgo: number, feeBps: number, contributors: Stakeholder[]): SeededNodePlan => ({
  node,
  addedDaysAgo,
  contributors,
  feeBps,
});

/** Registered through seedPublicKeyList before start(): nodes 1..26, 36, 37 (28 nodes). */
export const SEEDED_NODES: readonly SeededNodePlan[] = [
  solo(1, 1, 180),
  solo(2, 1, 150), // operator requests exit, then time passes: Ready To Exit
  solo(3, 1, 120), // operator requests exit recently: Running with a countdown
  solo(4, 3, 90), // staker's node, exited with a network signature: Exited
  multi(5, 75, 1000, [
    { account: 1, sesh: 6_250n },
    { account: 3, sesh: 6_250n },
    { account: 2, sesh: 5_000n },
    { account: 5, sesh: 7_500n },
  ]),
  multi(6, 60, 500, [
    { account: 5, sesh: 12_500n },
    { account: 2, sesh: 12_500n },
  ]),
  solo(7, 6, 200), // decommissioned
  multi(8, 45, 800, [
    { account: 7, sesh: 10_000n },
    { account: 2, sesh: 5_000n },
    { account: 3, sesh: 5_000n },
    { account: 8, sesh: 5_000n },
  ]),
  solo(9, 7, 210),
  solo(10, 8, 220),
  solo(11, 9, 230), // deregistered
  solo(12, 10, 240),
  solo(13, 11, 250),
  multi(14, 100, 1500, [
    { account: 12, sesh: 6_250n },
    { account: 13, sesh: 6_250n },
    { account: 14, sesh: 6_250n },
    { account: 15, sesh: 6_250n },
  ]),
  multi(15, 110, 300, [
    { account: 6, sesh: 20_000n },
    { account: 5, sesh: 5_000n },
  ]), // decommissioned, whale has a stake in it
  solo(16, 12, 130),
  solo(17, 13, 140),
  solo(18, 14, 160),
  solo(19, 15, 170),
  multi(20, 95, 700, [
    { account: 5, sesh: 15_000n },
    { account: 2, sesh: 10_000n },
  ]), // whale requests exit recently
  solo(21, 6, 65),
  solo(22, 7, 70),
  multi(23, 80, 1200, [
    { account: 8, sesh: 6_250n },
    { account: 9, sesh: 6_250n },
    { account: 10, sesh: 6_250n },
    { account: 11, sesh: 6_250n },
  ]),
  solo(24, 9, 50),
  solo(25, 10, 40),
  solo(26, 11, 35),
  solo(36, 12, 30),
  solo(37, 13, 25),
];

/** Solo registrations sent after start() with addBLSPublicKey (real proofs of possession). */
export const SOLO_REGISTRATIONS: readonly { node: number; account: number }[] = [
  { node: 27, account: 1 },
  { node: 28, account: 3 },
];

export type ContributionPlan = {
  node: number;
  label: string;
  operator: number;
  feeBps: number;
  manualFinalize: boolean;
  reserved: Stakeholder[];
  /** in order; the first must be the operator (none = awaiting the operator) */
  contributions: Stakeholder[];
};

/** Contribution contracts deployed through the factory, with their fill levels. */
export const CONTRIBUTION_CONTRACTS: readonly ContributionPlan[] = [
  { node: 29, label: "awaiting operator", operator: 1, feeBps: 500, manualFinalize: false, reserved: [], contributions: [] },
  {
    node: 30,
    label: "open, 25 % (the operator's minimum; 10 % is below what an operator may start with)",
    operator: 5,
    feeBps: 800,
    manualFinalize: false,
    reserved: [],
    contributions: [{ account: 5, sesh: 6_250n }],
  },
  {
    node: 31,
    label: "open, 50 %",
    operator: 1,
    feeBps: 1000,
    manualFinalize: false,
    reserved: [],
    contributions: [
      { account: 1, sesh: 6_250n },
      { account: 2, sesh: 6_250n },
    ],
  },
  {
    node: 32,
    label: "open, 90 %",
    operator: 5,
    feeBps: 600,
    manualFinalize: false,
    reserved: [],
    contributions: [
      { account: 5, sesh: 12_500n },
      { account: 2, sesh: 5_000n },
      { account: 3, sesh: 5_000n },
    ],
  },
  {
    node: 33,
    label: "open with reserved slots (contributor and fresh)",
    operator: 1,
    feeBps: 400,
    manualFinalize: false,
    reserved: [
      { account: 1, sesh: 6_250n },
      { account: 2, sesh: 5_000n },
      { account: 4, sesh: 5_000n },
    ],
    contributions: [{ account: 1, sesh: 6_250n }],
  },
  {
    node: 34,
    label: "filled, waiting for the operator's manual finalize",
    operator: 5,
    feeBps: 700,
    manualFinalize: true,
    reserved: [],
    contributions: [
      { account: 5, sesh: 12_500n },
      { account: 2, sesh: 12_500n },
    ],
  },
  {
    node: 35,
    label: "filled and finalized: a new multi-contributor node (Joining)",
    operator: 1,
    feeBps: 900,
    manualFinalize: false,
    reserved: [],
    contributions: [
      { account: 1, sesh: 6_250n },
      { account: 5, sesh: 18_750n },
    ],
  },
];

/** Nodes the network reports as decommissioned (offline; no rewards; they do not sign). */
export const DECOMMISSIONED_NODES: readonly number[] = [7, 15];
/** Nodes the network deregistered, with how many Session blocks before the devnet start. */
export const DEREGISTERED_NODES: readonly { node: number; blocksAgo: number }[] = [{ node: 11, blocksAgo: 90 }];
export const READY_TO_EXIT_NODE = 2;
export const EXIT_REQUESTED_NODES: readonly { node: number; account: number }[] = [
  { node: 3, account: 1 },
  { node: 20, account: 5 },
];
export const EXITED_NODE = 4;
/** Registration keys handed out by /registrations start after every planned node. */
export const FIRST_FREE_NODE_INDEX = 39;

/**
 * Days of rewards the seeded nodes earned before the devnet started (the network's ledger only; the
 * seeder funds the rewards contract with the total), so the daily-rewards chart and its CSV have a
 * month of data on a fresh devnet.
 */
export const REWARD_HISTORY_DAYS = 30;

/**
 * History from before the devnet started, known only to the network's ledger (like the seeded
 * nodes' fees), with what of it was already claimed on chain. The whale's lifetime rewards are
 * above 2^53 atomic units (9,007,199.254740992 SESH) and odd in the last digit, so a float cannot
 * hold them: every run of the dApp meets an amount JSON.parse would round. Most of it was claimed
 * before (the seeder signs and claims it), leaving 1,234.56789 SESH plus what the whale earns on the
 * devnet: under the 1,000,000 SESH claim cap. Amounts here are atomic.
 */
export type PriorHistory = { account: number; lifetimeRewards: bigint; claimedOnChain: bigint };
export const PRIOR_HISTORY: readonly PriorHistory[] = [
  { account: 5, lifetimeRewards: 9_500_000_123_456_789n, claimedOnChain: 9_498_765_555_566_789n },
];

/**
 * Vesting contracts (TokenVestingStaking, spec Appendix C) the seeder deploys for the test accounts,
 * and the list the simulated backend loads as the real one loads its CSV (Appendix C.1). Times are
 * seconds from the seeding's start; the seeder then moves the chain 26 h on, so a contract that
 * starts within a few minutes has started and one that ends within a day has ended. `sesh` is the
 * initial amount (the backend's `initial_amount`); what a seeded node stakes for it is taken from
 * it (the contract is funded with the rest). Account numbers as in Stakeholder.
 */
export type VestingPlan = {
  key: "locked" | "unlocked" | "transferable" | "revoked" | "notStarted";
  label: string;
  beneficiary: number;
  /** null: not revocable */
  revoker: number | null;
  startInSeconds: number;
  durationSeconds: number;
  transferable: boolean;
  sesh: bigint;
  /** revoked by its revoker while seeding */
  revoke: boolean;
};

/** Hardhat account #16: the investor, beneficiary of every seeded vesting contract. */
export const INVESTOR_ACCOUNT = 16;
const YEAR_SECONDS = 365 * 86_400;

export const VESTING_CONTRACTS: readonly VestingPlan[] = [
  { key: "locked", label: "locked two years, a solo node staked, rewards accrued", beneficiary: INVESTOR_ACCOUNT, revoker: null, startInSeconds: 120, durationSeconds: 2 * YEAR_SECONDS, transferable: false, sesh: 150_000n, revoke: false },
  { key: "unlocked", label: "past its end: withdrawable", beneficiary: INVESTOR_ACCOUNT, revoker: null, startInSeconds: 120, durationSeconds: 3_600, transferable: false, sesh: 20_000n, revoke: false },
  { key: "transferable", label: "transferable beneficiary, revocable", beneficiary: INVESTOR_ACCOUNT, revoker: 0, startInSeconds: 120, durationSeconds: YEAR_SECONDS, transferable: true, sesh: 30_000n, revoke: false },
  { key: "revoked", label: "revoked by its revoker", beneficiary: INVESTOR_ACCOUNT, revoker: 0, startInSeconds: 120, durationSeconds: YEAR_SECONDS, transferable: false, sesh: 10_000n, revoke: true },
  { key: "notStarted", label: "starts in 400 days", beneficiary: INVESTOR_ACCOUNT, revoker: 0, startInSeconds: 400 * 86_400, durationSeconds: YEAR_SECONDS, transferable: false, sesh: 40_000n, revoke: false },
];

/**
 * The node the "locked" vesting contract stakes alone, registered with the seeded nodes (so it has
 * the month of reward history: rewards to claim at once). Its id follows the seeded nodes'.
 */
export const VESTING_SEEDED_NODE = { node: 38, addedDaysAgo: 20, vesting: "locked" as const };
