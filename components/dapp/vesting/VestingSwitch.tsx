"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { Address } from "viem";
import { mirrorActing, rememberActing, rememberedActing } from "./acting-storage";

type SwitchChoice = { address: Address; mismatch: string | null; blocker: string | null };

type Props = {
  wallet: Address;
  choices: SwitchChoice[];
  /** the vesting contract the server rendered the page for (null: the wallet) */
  acting: Address | null;
};

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`;

/**
 * "Acting as: my wallet / vesting contract 0x…" for a wallet the staking backend lists as the
 * beneficiary of vesting contracts; the choices were checked on chain by the server
 * (app/(dapp)/_account/acting.ts), and one that failed is shown with its reason, not offered. The
 * choice is remembered in this browser per wallet (localStorage), never read from a URL; the
 * server renders the page again for the address that acts.
 */
export function VestingSwitch({ wallet, choices, acting }: Props) {
  const router = useRouter();
  const usable = choices.filter((c) => c.mismatch === null);
  const current = acting ? usable.find((c) => c.address.toLowerCase() === acting.toLowerCase()) : undefined;

  // a choice remembered in this browser that the server did not render (cookie gone, other wallet): follow it
  useEffect(() => {
    const stored = rememberedActing(wallet);
    const wanted = stored ? (usable.find((c) => c.address.toLowerCase() === stored.toLowerCase())?.address ?? null) : null;
    if ((wanted?.toLowerCase() ?? null) === (acting?.toLowerCase() ?? null)) return;
    mirrorActing(wallet, wanted);
    router.refresh();
    // the server's answer for this wallet decides; the list's identity changes every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wallet, acting]);

  function choose(value: string) {
    rememberActing(wallet, usable.find((c) => c.address === value)?.address ?? null);
    router.refresh();
  }

  const mismatched = choices.filter((c) => c.mismatch !== null);
  return (
    <section aria-label="Acting as" className={`mx-auto mt-4 w-full max-w-6xl px-4 sm:px-6`} data-testid="vesting-switch">
      <div className={`flex flex-wrap items-center gap-3 rounded-2xl border p-3 text-sm ${current ? "border-accent bg-accent/5" : "border-line"}`}>
        <label htmlFor="acting-as" className="font-medium">
          Acting as:
        </label>
        <select id="acting-as" value={current?.address ?? ""} onChange={(e) => choose(e.target.value)} className="min-h-11 rounded-xl border border-line bg-bg px-3 font-mono" data-testid="acting-as">
          <option value="">my wallet {short(wallet)}</option>
          {usable.map((c) => (
            <option key={c.address} value={c.address}>
              vesting contract {c.address}
            </option>
          ))}
        </select>
        {current ? <span className="text-muted">Stakes, claims and exits go through this vesting contract; its SESH, not your wallet&apos;s, is staked.</span> : null}
      </div>
      {current?.blocker ? (
        <p role="status" className="mt-2 rounded-xl border border-amber-500/50 bg-amber-500/5 p-3 text-sm" data-testid="vesting-blocker">
          {current.blocker}
        </p>
      ) : null}
      {mismatched.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm text-muted" data-testid="vesting-mismatches">
          {mismatched.map((c) => (
            <li key={c.address}>
              <span className="font-mono">{c.address}</span> is listed for this wallet but not offered: {c.mismatch}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
