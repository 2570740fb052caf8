/**
 * Devnet accounts: Hardhat's well-known default accounts (mnemonic "test test … junk"), public on
 * purpose; never use them anywhere but a local chain. #0 deploys and owns the contracts and plays
 * the network's fee payer; #1..#5 are five funded test accounts; #6..#15 only appear as other
 * stakers in seeded nodes; #16 is the investor, a funded test account beneficiary of the seeded
 * vesting contracts (world-plan VESTING_CONTRACTS); #19 plays the Arbitrum gateway, the token's only minter
 * (devnet/token-supply.ts).
 */
import type { Address, Hex } from "viem";

export const DEVNET_MNEMONIC = "test test test test test test test test test test test junk";

export const HARDHAT_KEYS: readonly Hex[] = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
];

/** Keys of the accounts above #5 that send transactions (index -> key). */
const OTHER_KEYS: Readonly<Record<number, Hex>> = {
  16: "0xea6c44ac03bff858b476bba40716402b03e41b8e97e276d1baec7c37d42484a0",
  19: "0xdf57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e",
};

/** Addresses of accounts #0..#19 (checked against the mnemonic in accounts.test.ts). */
export const HARDHAT_ADDRESSES: readonly Address[] = [
  "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
  "0xBcd4042DE499D14e55001CcbB24a551F3b954096",
  "0x71bE63f3384f5fb98995898A86B02Fb2426c5788",
  "0xFABB0ac9d68B0B445fB7357272Ff202C5651694a",
  "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec",
  "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097",
  "0xcd3B766CCDd6AE721141F452C550Ca635964ce71",
  "0x2546BcD3c84621e976D8185a91A922aE77ECEc30",
  "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E",
  "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
];

export type TestAccountName = "operator" | "contributor" | "staker" | "fresh" | "whale" | "investor";

export type TestAccountPlan = { name: TestAccountName; index: number; roles: string[] };

/** The six funded test accounts and what the seeded world gives each of them. */
export const TEST_ACCOUNTS: readonly TestAccountPlan[] = [
  { name: "operator", index: 1, roles: ["node-operator", "solo-nodes", "exit-requested", "ready-to-exit", "contribution-operator", "prepared-registration"] },
  { name: "contributor", index: 2, roles: ["contributor", "multi-contributor-nodes", "open-contributions", "reserved-slot"] },
  { name: "staker", index: 3, roles: ["staker", "solo-node", "exited-node", "unclaimed-rewards"] },
  { name: "fresh", index: 4, roles: ["fresh", "no-stakes", "reserved-slot", "prepared-registration"] },
  { name: "whale", index: 5, roles: ["whale", "multi-contributor-nodes", "contribution-operator", "awaiting-finalize"] },
  { name: "investor", index: 16, roles: ["vesting-beneficiary", "vesting-locked-staked", "vesting-unlocked", "vesting-transferable", "vesting-revoked", "vesting-not-started"] },
];

export function hardhatAddress(index: number): Address {
  const address = HARDHAT_ADDRESSES[index];
  if (!address) throw new Error(`no Hardhat account #${index} in the devnet table`);
  return address;
}

export function hardhatKey(index: number): Hex {
  const key = HARDHAT_KEYS[index] ?? OTHER_KEYS[index];
  if (!key) throw new Error(`no private key for Hardhat account #${index} in the devnet table`);
  return key;
}
