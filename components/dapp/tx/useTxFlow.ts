"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useClient, useConfig } from "wagmi";
import { trackFunnelStep } from "@/lib/funnel/beacon";
import type { FunnelStep } from "@/lib/funnel/steps";
import type { FlowSpec, FlowState } from "@/lib/tx/types";
import type { PendingTx } from "@/lib/tx/pending-store";
import { useTarget } from "../providers/TargetContext";

type Engine = typeof import("./wallet-adapter");

/** Which funnel steps a flow counts (lib/funnel: aggregate counts only, nothing when DNT/GPC is on). */
export type FlowFunnel = { submitted?: FunnelStep; confirmed?: FunnelStep };
type Flow = InstanceType<Engine["TxFlow"]>;

let engineLoad: Promise<Engine> | null = null;
/** The engine chunk, loaded once; a failed load is retried on the next call. */
export function loadTxEngine(): Promise<Engine> {
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

/**
 * The one way a component sends a transaction: `run(spec)` from the user's tap. It owns the flow
 * (lib/tx) and exposes its state for the staged dialog. While a flow is busy, run() does nothing.
 */
export function useTxFlow() {
  const config = useConfig();
  const target = useTarget();
  const client = useClient({ chainId: target.chainId });
  const queryClient = useQueryClient();
  const flowRef = useRef<Flow | null>(null);
  // what Retry does instead of checking the same call again, when the tap that started the flow said so
  const restartRef = useRef<(() => unknown) | null>(null);
  // set synchronously on the tap, before the engine chunk or the ports load: a second tap in that
  // window must not start a second flow
  const starting = useRef(false);
  const [state, setState] = useState<FlowState | null>(null);
  const [open, setOpen] = useState(false);

  // the engine is loaded at the user's first sign of intent, so the tap goes straight to the wallet
  useEffect(preloadTxEngineOnIntent, []);

  const adopt = useCallback((flow: Flow, funnel: FlowFunnel = {}) => {
    flowRef.current = flow;
    setState(flow.getState());
    setOpen(true);
    let submitted = false;
    let confirmed = false;
    flow.subscribe((s) => {
      setState(s);
      // a rejection returns the user to the form as it was (with a calm note there)
      if (s.status === "rejected") setOpen(false);
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
  }, []);

  const makePorts = useCallback(async () => {
    const engine = await loadTxEngine();
    if (!client) throw new Error("The chain client is not ready.");
    return { engine, ports: engine.createPorts({ config, client, queryClient, target }) };
  }, [client, config, queryClient, target]);

  /**
   * Runs a flow from the user's tap; resolves with its state once it stops (done, failed, waiting for a tap).
   * `restart`: what Retry (and the retry after a network switch) does for this flow instead of
   * checking the same call again, for a call built from something that does not stay valid (a
   * network signature): the tap's own handler, which fetches it afresh.
   */
  const run = useCallback(
    async (spec: FlowSpec, funnel?: FlowFunnel, options: { restart?: () => unknown } = {}): Promise<FlowState | null> => {
      if (starting.current || flowRef.current?.isBusy()) return null; // a tap while a transaction is in flight sends nothing
      starting.current = true;
      restartRef.current = options.restart ?? null;
      try {
        const { engine, ports } = await makePorts();
        const flow = engine.createTxFlow(spec, ports, { receiptTimeoutMs: target.receiptTimeoutMs });
        adopt(flow, funnel);
        await flow.start();
        return flow.getState();
      } finally {
        starting.current = false;
      }
    },
    [adopt, makePorts, target.receiptTimeoutMs],
  );

  /** A transaction from before a reload: follow it to its end in the same dialog. */
  const resume = useCallback(
    async (tx: PendingTx) => {
      if (starting.current || flowRef.current?.isBusy()) return;
      starting.current = true;
      try {
        const { engine, ports } = await makePorts();
        restartRef.current = null;
        const flow = engine.createResumedFlow(tx, ports, { receiptTimeoutMs: target.receiptTimeoutMs });
        adopt(flow);
        await flow.resume(tx);
      } finally {
        starting.current = false;
      }
    },
    [adopt, makePorts, target.receiptTimeoutMs],
  );

  const proceed = useCallback(() => void flowRef.current?.proceed(), []);
  /** Hides the dialog. Never cancels: a sent transaction keeps being followed (and stays remembered). */
  const close = useCallback(() => setOpen(false), []);
  const show = useCallback(() => setOpen(true), []);

  const retry = useCallback(() => {
    setOpen(true);
    if (restartRef.current) void restartRef.current();
    else void flowRef.current?.retry();
  }, []);

  return { state, open, run, resume, proceed, retry, close, show };
}

export type TxFlowControls = ReturnType<typeof useTxFlow>;
