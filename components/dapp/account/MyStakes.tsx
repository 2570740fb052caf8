"use client";

import { useAccount, useDisconnect } from "wagmi";
import { Button } from "@/components/ui/Button";
import { AccountView } from "./AccountView";

/** /mystakes: the connected wallet's view; without a wallet, an invitation to connect. */
export function MyStakes() {
  const { address, status } = useAccount();
  const { disconnect } = useDisconnect();
  if (status === "reconnecting" || status === "connecting") return <p className="text-muted">Reconnecting your wallet…</p>;
  if (!address) {
    return (
      <p className="rounded-2xl border border-line bg-card p-6 text-muted" data-testid="mystakes-connect">
        Connect a wallet (top right) to see your stakes, rewards and timers. You can also look up any address at <code>/address/0x…</code>.
      </p>
    );
  }
  return (
    <>
      <p className="-mt-4 mb-6 flex flex-wrap items-center gap-3 text-sm text-muted">
        <span className="break-all font-mono">{address}</span>
        <Button variant="secondary" onClick={() => disconnect()}>
          Disconnect
        </Button>
      </p>
      <AccountView address={address} />
    </>
  );
}
