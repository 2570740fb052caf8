"use client";

import { lazy, Suspense, useState } from "react";
import type { Address } from "viem";
import { Button } from "@/components/ui/Button";
import { useTarget } from "../providers/TargetContext";
import { shortAddress } from "../ui/format";
import { loadWalletRuntime, useWalletRuntime, useWalletRuntimeStatus } from "./runtime";

const LiveWalletButton = lazy(() => import("./LiveWalletButton"));

const BUTTON = "inline-flex min-h-11 items-center rounded-full border border-line px-3 font-mono text-sm";

/**
 * The header's wallet control with no wallet code: "Connect wallet", or the account the cookies
 * name (rendered by the server), until the wallet runtime is loaded: then the live control
 * (LiveWalletButton, wagmi and on demand RainbowKit) takes its place. A tap on Connect loads the
 * runtime and opens the dialog as soon as it is there.
 */
export function WalletButton({ account }: { account: Address | null }) {
  const target = useTarget();
  const runtime = useWalletRuntime();
  const status = useWalletRuntimeStatus();
  const [tapped, setTapped] = useState(false);
  const still = account ? (
    <span className={BUTTON} title={account} data-testid="connected-account">
      <span className="sensitive">{shortAddress(account)}</span>
    </span>
  ) : (
    <Button className="min-h-11" disabled aria-busy>
      {tapped ? "Loading wallets…" : "Connect wallet"}
    </Button>
  );
  if (runtime) {
    const { Providers } = runtime;
    return (
      <Providers>
        <Suspense fallback={still}>
          <LiveWalletButton openNow={tapped} />
        </Suspense>
      </Providers>
    );
  }
  if (account) return still;
  return (
    <>
      <Button
        className="min-h-11"
        onClick={() => {
          setTapped(true);
          void loadWalletRuntime(target).catch(() => undefined);
        }}
        disabled={status === "loading"}
        aria-busy={status === "loading"}
      >
        {status === "loading" ? "Loading wallets…" : "Connect wallet"}
      </Button>
      {status === "failed" ? (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          The wallet could not load. Check your connection and try again.
        </span>
      ) : null}
    </>
  );
}

