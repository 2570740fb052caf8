"use client";

import Link from "next/link";
import { useCallback, useRef, useState, type ComponentType } from "react";
import { useAccount, useConfig, useDisconnect } from "wagmi";
import { Button } from "@/components/ui/Button";
import { useTarget } from "../providers/TargetContext";
import type { Config } from "wagmi";
import type { PublicTarget } from "@/lib/chain/targets";
import { shortAddress } from "../ui/format";
import { useCountWalletConnected } from "./useCountWalletConnected";

type DialogProps = { config: Config; target: PublicTarget; onReady: (open: () => void) => void };

/**
 * A light "Connect wallet" button: RainbowKit's dialog and connectors are imported only when it is
 * clicked. Once connected it shows the account with a disconnect action (no RainbowKit needed).
 */
export function WalletButton() {
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
        <span className="flex items-center gap-2">
          <Link href={`/address/${address}`} className="rounded-full border border-line px-3 py-2 font-mono text-sm" title={address} data-testid="connected-account" prefetch={false}>
            {shortAddress(address)}
          </Link>
          {/* small screens: the header has no room; /mystakes offers Disconnect too */}
          <Button variant="secondary" className="hidden sm:inline-flex" onClick={() => disconnect()}>
            Disconnect
          </Button>
        </span>
      ) : (
        <Button onClick={connect} disabled={loading || status === "connecting" || status === "reconnecting"} aria-busy={loading}>
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
