"use client";

import Link from "next/link";
import type { RegistrationChecks } from "@/lib/contracts/reads/registration-checks";
import type { ContributionContractNotReady } from "@/lib/backend/schemas";
import { isBeforeRegistration } from "@/lib/staking/contract-state";
import type { CheckVerdict } from "@/lib/staking/register";

export function RegistrationChecksPanel({ verdict, checks, openContract, ownContract, checking }: { verdict: CheckVerdict; checks: RegistrationChecks | undefined; openContract: ContributionContractNotReady | null; ownContract: string | null; checking: boolean }) {
  const registeredAs = checks?.blsRegisteredAs && checks.blsRegisteredAs > 0n ? checks.blsRegisteredAs : checks?.ed25519RegisteredAs && checks.ed25519RegisteredAs > 0n ? checks.ed25519RegisteredAs : null;
  const foreignContract = openContract && isBeforeRegistration(openContract.status) && openContract.address.toLowerCase() !== ownContract?.toLowerCase() ? openContract : null;
  return (
    <section aria-labelledby="checks-heading" className="rounded-2xl border border-line p-4" data-testid="registration-checks">
      <h2 id="checks-heading" className="text-xl font-bold">
        Checks before sending
      </h2>
      {verdict.ok ? (
        <p className="mt-2 text-sm" data-testid="registration-checks-ok">
          ✓ The proof of possession verifies for your wallet, the keys are free and the registry is open.
        </p>
      ) : (
        <p role={checking ? "status" : "alert"} className={checking ? "mt-2 text-sm text-muted" : "mt-2 text-sm text-red-800 dark:text-red-300"} data-testid="registration-blocked">
          {verdict.reason}
          {registeredAs ? (
            <>
              {" "}
              <Link className="underline" href={`/nodes/${registeredAs}`} prefetch={false}>
                See node #{registeredAs.toString()}
              </Link>
            </>
          ) : null}
          {foreignContract ? (
            <>
              {" "}
              <Link className="underline" href={`/stake/${foreignContract.address}`} prefetch={false}>
                Open it
              </Link>
            </>
          ) : null}
        </p>
      )}
    </section>
  );
}
