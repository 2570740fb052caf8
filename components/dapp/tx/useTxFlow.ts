"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId } from "react";
import { trackFunnelStep } from "@/lib/funnel/beacon";
import type { FunnelStep } from "@/lib/funnel/steps";
import type { FlowSpec, FlowState } from "@/lib/tx/types";
import type { PendingTx } from "@/lib/tx/pending-store";
import { useTarget } from "../providers/TargetContext";
import { loadWalletRuntime } from "../wallet/runtime";
import { setTxSlot, txSlot, useTxSlot } from "./tx-store";

type Engine = typeof import("./wallet-adapter");

/** Which funnel steps a flow counts (lib/funnel: aggregate counts only, nothing when DNT/GPC is on). */
export type FlowFunnel = { submitted?: FunnelStep; confirmed?: FunnelStep };
type Flow = InstanceType<Engine["TxFlow"]>;

let engineLoad: Promise<Engine> | null = null;
/** The engine chunk, loaded once; a failed load is retried on the next call. */
function loadTxEngine(): Promise<Engine> {
  engineLoad ??= import("./wallet-adapter").catch((e: unknown) => {
    engineLoad = null;
    throw e;
  });
  return engineLoad;
}

const INTENT_EVENTS = ["pointerover", "pointerdown", "touchstart", "keydown", "focusin"] as const;

/**
 * Loads the engine at the first pointer move, touch, key or focus on the page (once per page
 * load), not on a timer: evaluating it (the write calls, their ABIs, the flow) while the page
 * still hydrates measured as a long task on a phone, and a reader who never touches the page
 * never needs it. A tap that comes first simply waits for the load (run() awaits it).
 */
function preloadTxEngineOnIntent(): () => void {
  const load = () => {
    stop();
    void loadTxEngine().catch(() => undefined);
  };
  const stop = () => {
    for (const e of INTENT_EVENTS) document.removeEventListener(e, load, true);
  };
  if (engineLoad) return stop;
  for (const e of INTENT_EVENTS) document.addEventListener(e, load, { capture: true, passive: true });
  return stop;
}

// set synchronously on the tap, before the engine chunk or the wallet runtime loads: a second tap
// in that window must not start a second flow
let starting = false;

/**
 * The one way a component sends a transaction: `run(spec)` from the user's tap. The flow (lib/tx)
 * lives in the page's one slot (./tx-store.ts), followed by the dialog in the layout
 * (TxDialogHost), so it survives this component. While a flow is busy, run() does nothing.
 * `state` is this component's own flow (null when another form's flow is the page's).
 */
export function useTxFlow() {
  const target = useTarget();
  const router = useRouter();
  const origin = useId();
  const slot = useTxSlot();

  // the engine is loaded at the user's first sign of intent, so the tap goes straight to the wallet
  useEffect(preloadTxEngineOnIntent, []);

  const makePorts = useCallback(async () => {
    const [engine, runtime] = await Promise.all([loadTxEngine(), loadWalletRuntime(target)]);
    return { engine, ports: engine.createPorts({ runtime, target, refreshPage: () => router.refresh() }) };
  }, [router, target]);

  const adopt = useCallback(
    (flow: Flow, funnel: FlowFunnel = {}, restart: (() => unknown) | null = null) => {
      setTxSlot({ flow, state: flow.getState(), open: true, origin, restart });
      let submitted = false;
      let confirmed = false;
      flow.subscribe((s) => {
        if (txSlot().flow !== flow) return;
        // a rejection returns the user to the form as it was (with a calm note there)
        setTxSlot(s.status === "rejected" ? { state: s, open: false } : { state: s });
        const last = s.steps[s.steps.length - 1];
        if (funnel.submitted && !submitted && last?.hash) {
          submitted = true;
          trackFunnelStep(funnel.submitted);
        }
        if (funnel.confirmed && !confirmed && s.status === "done") {
          confirmed = true;
          trackFunnelStep(funnel.confirmed);
        }
      });
    },
    [origin],
  );

  /**
   * Runs a flow from the user's tap; resolves with its state once it stops (done, failed, waiting for a tap).
   * `restart`: what Retry (and the retry after a network switch) does for this flow instead of
   * checking the same call again, for a call built from something that does not stay valid (a
   * network signature): the tap's own handler, which fetches it afresh.
   */
  const run = useCallback(
    async (spec: FlowSpec, funnel?: FlowFunnel, options: { restart?: () => unknown } = {}): Promise<FlowState | null> => {
      if (starting || txSlot().flow?.isBusy()) return null; // a tap while a transaction is in flight sends nothing
      starting = true;
      try {
        const { engine, ports } = await makePorts();
        const flow = engine.createTxFlow(spec, ports, { receiptTimeoutMs: target.receiptTimeoutMs });
        adopt(flow, funnel, options.restart ?? null);
        await flow.start();
        return flow.getState();
      } finally {
        starting = false;
      }
    },
    [adopt, makePorts, target.receiptTimeoutMs],
  );

  /** A transaction from before a reload: follow it to its end in the same dialog. */
  const resume = useCallback(
    async (tx: PendingTx) => {
      if (starting || txSlot().flow?.isBusy()) return;
      starting = true;
      try {
        const { engine, ports } = await makePorts();
        const flow = engine.createResumedFlow(tx, ports, { receiptTimeoutMs: target.receiptTimeoutMs });
        adopt(flow);
        await flow.resume(tx);
      } finally {
        starting = false;
      }
    },
    [adopt, makePorts, target.receiptTimeoutMs],
  );

  const mine = slot.origin === origin;
  return { state: mine ? slot.state : null, open: mine && slot.open, run, resume, show: () => setTxSlot({ open: true }) };
}

/** The dialog's controls of the page's flow, whoever started it. */
export function txControls() {
  return {
    proceed: () => void txSlot().flow?.proceed(),
    /** Hides the dialog. Never cancels: a sent transaction keeps being followed (and stays remembered). */
    close: () => setTxSlot({ open: false }),
    retry: () => {
      setTxSlot({ open: true });
      const { restart, flow } = txSlot();
      if (restart) void restart();
      else void flow?.retry();
    },
  };
}

export type TxFlowControls = ReturnType<typeof useTxFlow>;
