"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { Address } from "viem";
import type { Actor } from "@/lib/flows/flow-target";
import type { FlowState } from "@/lib/tx/types";
import { WITNESS_POLL_MS } from "../data/refresh";
import { useBackendClient } from "../data/useBackendClient";
import { useTarget } from "../providers/TargetContext";
import { useTxFlow } from "../tx/useTxFlow";

/** `actor`: who asks for the exit (default the wallet itself; a vesting contract asks through it) */
type Params = { nodeId: bigint; ed25519Hex: string; wallet: Address; actor?: Actor };

/**
 * The three exit transactions of one node, each through the one transaction engine, started from
 * the user's tap; calldata builders load at the tap (their ABI stays out of the page's first load).
 * The signed exit fetches the network's signature at every attempt, Retry included: a signature
 * is accepted for only `signatureExpiry` (600 s) after its timestamp, so one is never reused.
 */
export function useExitFlows({ nodeId, ed25519Hex, wallet, actor }: Params) {
  const target = useTarget();
  const tx = useTxFlow();
  const api = useBackendClient();
  const router = useRouter();
  const [fetching, setFetching] = useState(false);
  const [fetchError, setFetchError] = useState<string | null>(null);
  const busy = useRef(false);

  const flowOf = async (step: Parameters<typeof import("@/lib/flows/exit").exitFlow>[2]) => (await import("@/lib/flows/exit")).exitFlow(target, actor ?? { kind: "wallet", wallet }, step);

  /** The network takes a moment to witness the transaction: the server-read page is rendered again after that. */
  function afterWitness(end: FlowState | null) {
    if (end?.status !== "done") return;
    setTimeout(() => router.refresh(), WITNESS_POLL_MS);
  }

  async function request(again: boolean) {
    afterWitness(await tx.run(await flowOf({ nodeId, step: "request", again })));
  }

  async function exitWithSignature() {
    if (busy.current) return;
    busy.current = true;
    setFetchError(null);
    setFetching(true);
    try {
      let signed;
      try {
        signed = (await (await api()).getExit(ed25519Hex)).result;
      } catch (e) {
        setFetchError(e instanceof Error ? e.message : String(e));
        return;
      }
      const spec = await flowOf({ nodeId, step: "signed", signed: { blsPubkey: signed.bls_pubkey, timestamp: signed.timestamp, signature: signed.signature, nonSigners: signed.non_signer_indices } });
      setFetching(false);
      // the dialog's Retry (and its retry after a network switch) starts over with a fresh signature;
      // the other exits check the same call again, as the engine always does
      afterWitness(await tx.run(spec, undefined, { restart: exitWithSignature }));
    } finally {
      busy.current = false;
      setFetching(false);
    }
  }

  async function exitAfterWait() {
    afterWitness(await tx.run(await flowOf({ nodeId, step: "afterWait" })));
  }

  return { tx, request, exitWithSignature, exitAfterWait, fetching, fetchError, running: tx.state?.status === "running" };
}
