import { VestingSwitch } from "@/components/dapp/vesting/VestingSwitch";
import { requestActing } from "./acting";

/**
 * The dApp layout's place for the vesting switch: shown only to a wallet the staking backend lists
 * as a vesting beneficiary (no client code for anyone else). Rendered on the server per request.
 */
export async function VestingBar() {
  const a = await requestActing();
  if (!a?.wallet || a.choices.length === 0) return null;
  return <VestingSwitch wallet={a.wallet} acting={a.acting?.address ?? null} choices={a.choices.map((c) => ({ address: c.address, mismatch: c.mismatch, blocker: c.blocker }))} />;
}
