"use client";

import { useEffect, useRef } from "react";
import { createPendingStore } from "@/lib/tx/pending-store";
import { useTarget } from "../providers/TargetContext";
import { useTxFlow } from "./useTxFlow";

/**
 * After a reload, a transaction that was sent but not yet mined (remembered in sessionStorage) is
 * picked up again and followed to its end in the staged dialog (the layout's), with its figures
 * refreshed.
 */
export default function PendingTransactions() {
  const target = useTarget();
  const tx = useTxFlow();
  const started = useRef(false);
  const { resume } = tx;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const pending = createPendingStore(window.sessionStorage)
      .list()
      .filter((t) => t.chainId === target.chainId);
    void (async () => {
      for (const t of pending) await resume(t);
    })();
  }, [resume, target.chainId]);

  return null;
}
