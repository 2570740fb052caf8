"use client";

import { useAccount, useSwitchChain } from "wagmi";
import { Button } from "@/components/ui/Button";
import { useTarget } from "../providers/TargetContext";

/** Shown when the connected wallet is on another chain; reads keep working meanwhile. */
export default function WrongChainBanner() {
  const target = useTarget();
  const { isConnected, chainId } = useAccount();
  const { switchChain, isPending, error } = useSwitchChain();
  if (!isConnected || chainId === undefined || chainId === target.chainId) return null;
  return (
    <div role="alert" className="border-b border-amber-500/40 bg-amber-500/10">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3 text-sm sm:px-6">
        <p className="flex-1">
          Your wallet is on another network (chain {chainId}). Switch to <strong>{target.chainName}</strong> to stake or claim; the figures below
          are read from {target.chainName} either way.
        </p>
        <Button onClick={() => switchChain({ chainId: target.chainId })} disabled={isPending}>
          {isPending ? "Switching…" : `Switch to ${target.chainName}`}
        </Button>
        {error ? <p className="w-full text-red-800 dark:text-red-300">The wallet did not switch: {error.message.split("\n")[0]}</p> : null}
      </div>
    </div>
  );
}
