/**
 * Leaving the network (spec §2.4, §5.4): request the exit, exit with the network's signature
 * (fetched at the tap: it expires), or exit without it after the wait. Each is one call to the
 * configured rewards contract.
 */
import { exitAfterWaitCall, exitWithSignatureCall, initiateExitCall } from "@/lib/contracts/writes/exit";
import { vestingInitiateExitCall } from "@/lib/contracts/writes/vesting";
import type { FlowSpec, CallStepSpec } from "@/lib/tx/types";
import { actorChecks, stakerOf, type Actor, type FlowTarget } from "./flow-target";

/** The network's signed exit of a node (GET /exit/<ed25519>, §5.3). */
export type SignedExit = { blsPubkey: string; timestamp: number | bigint; signature: string; nonSigners: readonly bigint[] };

type ExitStep = { step: "request"; again: boolean } | { step: "signed"; signed: SignedExit } | { step: "afterWait" };

function exitStep(t: FlowTarget, actor: Actor, nodeId: bigint, e: ExitStep): { title: string; step: CallStepSpec } {
  const rewards = t.contracts.rewards;
  switch (e.step) {
    case "request": {
      // only a contributor may ask (CallerNotContributor): a vesting contract's node asks through it
      const label = e.again ? "Request the exit again" : "Request the exit";
      const call = actor.kind === "vesting" ? vestingInitiateExitCall(actor.vesting, nodeId) : initiateExitCall(rewards, nodeId);
      return { title: `${label} of node #${nodeId}`, step: { kind: "call", call, label } };
    }
    case "signed":
      return {
        title: `Exit node #${nodeId}`,
        step: { kind: "call", call: exitWithSignatureCall(rewards, e.signed.blsPubkey, e.signed.timestamp, e.signed.signature, e.signed.nonSigners), label: "Exit with the network's signature" },
      };
    case "afterWait":
      return { title: `Exit node #${nodeId} without a signature`, step: { kind: "call", call: exitAfterWaitCall(rewards, nodeId), label: "Exit without the network's signature" } };
  }
}

export function exitFlow(t: FlowTarget, actor: Actor, p: { nodeId: bigint } & ExitStep): FlowSpec {
  // the exit itself, signed or after the wait, may be sent by anyone: straight to the rewards contract
  const { title, step } = exitStep(t, actor, p.nodeId, p);
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [step],
    effects: [{ kind: "node", id: p.nodeId }, { kind: "account", address: stakerOf(actor) }, { kind: "registry" }],
    verify: actorChecks(actor),
  };
}
