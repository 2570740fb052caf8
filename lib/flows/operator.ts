/**
 * The operator's actions on its contribution contract (spec §3.3): activate a full node, reset it
 * (refunding everyone), and the settings it may change (fee and reserved slots before its first
 * contribution, the activation mode until registration). One call each; the contract is declared
 * for the engine's factory check.
 */
import type { Address } from "viem";
import type { WriteCall } from "@/lib/contracts/writes/call";
import { finalizeCall, resetCall, updateFeeCall, updateManualFinalizeCall, updateReservedContributorsCall } from "@/lib/contracts/writes/contribution";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import type { MultiSettings } from "@/lib/staking/register";
import type { FlowSpec } from "@/lib/tx/types";
import type { FlowTarget, WalletActor } from "./flow-target";

type OperatorAction =
  | { action: "finalize" }
  | { action: "reset" }
  | { action: "fee"; feeBasisPoints: number }
  /** as lib/staking's validateMultiRegistration accepted them (addresses EIP-55 checked) */
  | { action: "reserved"; reserved: MultiSettings["reserved"] }
  | { action: "manualFinalize"; manualFinalize: boolean };

function describe(contract: Address, a: OperatorAction): { title: string; label: string; call: WriteCall; touchesStakers: boolean } {
  switch (a.action) {
    case "finalize":
      return { title: "Activate the node", label: "Register the node", call: finalizeCall(contract), touchesStakers: true };
    case "reset":
      return { title: "Reset the node", label: "Refund everyone and reset", call: resetCall(contract), touchesStakers: true };
    case "fee": {
      const title = `Set the fee to ${formatFeeBasisPoints(a.feeBasisPoints)}`;
      return { title, label: title, call: updateFeeCall(contract, a.feeBasisPoints), touchesStakers: false };
    }
    case "reserved": {
      const title = a.reserved.length ? "Save the reserved slots" : "Clear the reserved slots";
      return { title, label: title, call: updateReservedContributorsCall(contract, a.reserved.map((r) => ({ addr: r.addr as Address, amount: r.amount }))), touchesStakers: false };
    }
    case "manualFinalize": {
      const title = a.manualFinalize ? "Activate by hand when full" : "Register by itself when full";
      return { title, label: title, call: updateManualFinalizeCall(contract, a.manualFinalize), touchesStakers: false };
    }
  }
}

/** The wallet only: a vesting contract has no operator calls (spec Appendix B). */
export function operatorFlow(t: FlowTarget, actor: WalletActor, p: { contract: Address } & OperatorAction): FlowSpec {
  const d = describe(p.contract, p);
  return {
    title: d.title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [{ kind: "call", call: d.call, label: d.label }],
    // activation and reset move everyone's SESH and the registry; a setting changes the contract alone
    effects: d.touchesStakers ? [{ kind: "contract", address: p.contract }, { kind: "account", address: actor.wallet }, { kind: "registry" }] : [{ kind: "contract", address: p.contract }],
    verify: [{ kind: "contribution", address: p.contract }],
  };
}
