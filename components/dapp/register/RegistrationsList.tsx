"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAccount } from "wagmi";
import { parsePastedRegistration, validateRegistrationKeys } from "@/lib/staking/register";
import { formatDuration } from "@/lib/staking/timing";
import { Button } from "@/components/ui/Button";
import { useRegistrations } from "../data/registration-queries";
import { ErrorState, Loading } from "../ui/States";
import { shortHex } from "../ui/format";
import { rememberRegistration } from "./pasted-registration";

/** /register: the registrations the network prepared for the connected operator, newest first, or a pasted one. */
export function RegistrationsList() {
  const { address, isConnected } = useAccount();
  const prepared = useRegistrations(isConnected ? address : undefined);
  const router = useRouter();
  const [pasted, setPasted] = useState("");
  const [pasteError, setPasteError] = useState<string | null>(null);

  function openPasted() {
    const parsed = parsePastedRegistration(pasted);
    if (!parsed.ok) return setPasteError(parsed.error);
    const checked = validateRegistrationKeys(parsed.registration);
    if (!checked.ok) return setPasteError(Object.values(checked.issues)[0] ?? "The registration is not valid.");
    rememberRegistration(checked.keys);
    router.push(`/register/${checked.keys.pubkey_ed25519}`);
  }

  const now = prepared.data?.t ?? null;
  return (
    <div className="space-y-8">
      <section aria-labelledby="prepared-heading">
        <h2 id="prepared-heading" className="text-xl font-bold">
          Prepared for your wallet
        </h2>
        {!isConnected ? (
          <p className="mt-2 text-muted" data-testid="register-connect">
            Connect the wallet your node was prepared for (top right): the network lists its registrations here.
          </p>
        ) : prepared.error ? (
          <ErrorState title="The network API could not list your registrations." error={prepared.error} />
        ) : !prepared.data ? (
          <Loading label="Asking the network for your registrations…" minHeight="min-h-24" />
        ) : prepared.data.registrations.length === 0 ? (
          <p className="mt-2 text-muted" data-testid="no-registrations">
            The network has no registration prepared for this wallet. Run your node&apos;s register command with this address, or paste the registration below.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {prepared.data.registrations.map((r) => (
              <li key={r.pubkey_ed25519} className="flex flex-wrap items-center gap-3 rounded-2xl border border-line p-3 text-sm" data-testid="registration-row" data-ed25519={r.pubkey_ed25519}>
                <Link href={`/register/${r.pubkey_ed25519}`} className="font-mono font-semibold text-accent-fg underline" prefetch={false}>
                  {shortHex(r.pubkey_ed25519, 6)}
                </Link>
                <span className="font-mono text-xs text-muted">BLS {shortHex(r.pubkey_bls, 6)}</span>
                {now !== null ? <span className="text-muted">prepared {Math.max(0, now - r.timestamp) < 60 ? "just now" : `${formatDuration(Math.floor(now - r.timestamp))} ago`}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="paste-heading" className="space-y-3">
        <h2 id="paste-heading" className="text-xl font-bold">
          Or paste a registration
        </h2>
        <label htmlFor="paste-registration" className="block text-sm text-muted">
          The JSON your node or the network printed (operator, pubkey_bls, pubkey_ed25519, sig_bls, sig_ed25519)
        </label>
        <textarea id="paste-registration" value={pasted} onChange={(e) => setPasted(e.target.value)} rows={5} spellCheck={false} className="w-full rounded-xl border border-line bg-bg p-3 font-mono text-xs" data-testid="paste-registration" />
        <Button onClick={openPasted} data-testid="paste-open">
          Open this registration
        </Button>
        {pasteError ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300" data-testid="paste-error">
            {pasteError}
          </p>
        ) : null}
      </section>
    </div>
  );
}
