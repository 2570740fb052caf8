"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { parsePastedRegistration, validateRegistrationKeys } from "@/lib/staking/register";
import { ActionButton as Button } from "../ui/ActionButton";
import { rememberRegistration } from "./pasted-registration";

/** /register's paste box: a registration's JSON, checked field by field, opened in the wizard. */
export function PasteRegistration() {
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

  return (
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
  );
}
