"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import { useAccount, useConfig, useDisconnect } from "wagmi";
import { Button } from "@/components/ui/Button";
import { useTarget } from "../providers/TargetContext";
import type { Config } from "wagmi";
import type { PublicTarget } from "@/lib/chain/targets";
import { shortAddress } from "../ui/format";
import { useCountWalletConnected } from "./useCountWalletConnected";

type DialogProps = { config: Config; target: PublicTarget; onReady: (open: () => void) => void };

/**
 * The header's wallet control once the wallet runtime is loaded (WalletButton shows a static one
 * before): "Connect wallet" opens RainbowKit's dialog, imported only then, with its connectors.
 * Once connected it shows the account with a disconnect action (no RainbowKit needed).
 * `openNow`: the visitor already tapped Connect before the runtime arrived: open the dialog at once.
 */
export default function LiveWalletButton({ openNow = false }: { openNow?: boolean }) {
  const config = useConfig();
  const target = useTarget();
  const { address, status } = useAccount();
  const { disconnect } = useDisconnect();
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<(() => void) | null>(null);
  const openWhenReady = useRef(false);
  useCountWalletConnected();
  const asked = useRef(openNow);
  useEffect(() => {
    if (!asked.current) return;
    asked.current = false;
    // once, on mount: the tap that loaded the runtime
    void connect();
  }, []);

  const onReady = useCallback((open: () => void) => {
    opener.current = open;
    if (openWhenReady.current) {
      openWhenReady.current = false;
      setLoading(false);
      open();
    }
  }, []);

  async function connect() {
    setError(null);
    if (opener.current) return opener.current();
    openWhenReady.current = true;
    setLoading(true);
    try {
      const mod = await import("./load-wallet-dialog");
      setDialog(() => mod.WalletDialog);
    } catch {
      setLoading(false);
      setError("The wallet dialog could not load. Check your connection and try again.");
    }
  }

  const connected = status === "connected" && address;
  return (
    <>
      {Dialog ? <Dialog config={config} target={target} onReady={onReady} /> : null}
      {connected ? (
        // the account, shortened; the network and Disconnect inside its menu (a <details>: keyboard
        // and touch work natively), so the header fits a 320 px phone
        <details className="relative">
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-line px-3 font-mono text-sm hover:border-accent-fg" title={address} data-testid="connected-account" aria-label={`Wallet ${shortAddress(address)}: menu`}>
            {shortAddress(address)}
          </summary>
          <div className="absolute right-0 top-full z-50 mt-2 w-64 rounded-2xl border border-line bg-card p-2 shadow-lg" data-testid="wallet-menu">
            <p className="px-3 py-2 text-xs text-muted">
              Network: <span data-testid="wallet-menu-network">{target.chainName}</span>
            </p>
            <Link href="/mystakes" className="flex min-h-11 items-center rounded-xl px-3 text-sm hover:bg-bg-raised" prefetch={false}>
              My stakes
            </Link>
            <Link href={`/address/${address}`} className="flex min-h-11 items-center rounded-xl px-3 text-sm hover:bg-bg-raised" prefetch={false}>
              This address&apos;s page
            </Link>
            <button type="button" onClick={() => disconnect()} className="flex min-h-11 w-full items-center rounded-xl px-3 text-left text-sm hover:bg-bg-raised" data-testid="wallet-disconnect">
              Disconnect
            </button>
          </div>
        </details>
      ) : (
        <Button className="min-h-11" onClick={connect} disabled={loading || status === "connecting" || status === "reconnecting"} aria-busy={loading}>
          {loading ? "Loading wallets…" : status === "reconnecting" ? "Reconnecting…" : "Connect wallet"}
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </>
  );
}
