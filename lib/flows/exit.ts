/**
 * Leaving the network (spec §2.4, §5.4): request the exit, exit with the network's signature
 * (fetched at the tap: it expires), or exit without it after the wait. Each is one call to the
 * configured rewards contract.
 */
import { exitAfterWaitCall, exitWithSignatureCall, initiateExitCall } from "@/lib/contracts/writes/exit";
import type { FlowSpec, CallStepSpec } from "@/lib/tx/types";
import { stakerOf, type Actor, type FlowTarget } from "./flow-target";

/** The network's signed exit of a node (GET /exit/<ed25519>, §5.3). */
export type SignedExit = { blsPubkey: string; timestamp: number | bigint; signature: string; nonSigners: readonly bigint[] };

type ExitStep = { step: "request"; again: boolean } | { step: "signed"; signed: SignedExit } | { step: "afterWait" };

function exitStep(t: FlowTarget, nodeId: bigint, e: ExitStep): { title: string; step: CallStepSpec } {
  const rewards = t.contracts.rewards;
  switch (e.step) {
    case "request": {
      const label = e.again ? "Request the exit again" : "Request the exit";
      return { title: `${label} of node #${nodeId}`, step: { kind: "call", call: initiateExitCall(rewards, nodeId), label } };
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
  const { title, step } = exitStep(t, p.nodeId, p);
  return {
    title,
    chainId: t.chainId,
    account: actor.wallet,
    steps: [step],
    effects: [{ kind: "node", id: p.nodeId }, { kind: "account", address: stakerOf(actor) }, { kind: "registry" }],
  };
}
