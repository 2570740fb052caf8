import type { Metadata } from "next";
import { RegistrationsList, type PreparedRegistrations } from "@/components/dapp/register/RegistrationsList";
import { ErrorState } from "@/components/dapp/ui/States";
import { withDeadline } from "@/lib/async/deadline";
import { loadServerTarget } from "@/lib/chain/server-target";
import type { ServerTarget } from "@/lib/chain/targets";
import { createBackendClient } from "@/lib/backend/client";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import type { Address } from "viem";
import { requestActing } from "../_account/acting";
import { errorSentence } from "@/components/dapp/ui/States";

export const metadata: Metadata = { title: "Register a node", robots: { index: false } };

/** The registrations the network prepared for an operator, through the server cache. */
async function preparedFor(target: ServerTarget, operator: Address): Promise<PreparedRegistrations> {
  try {
    const answer = await withDeadline(6_000, () => cachedBackendRead(target, `/registrations/${operator.toLowerCase()}`, () => createBackendClient(target.backendUrl).getRegistrations(operator)), { what: "The registrations" });
    return { registrations: answer.registrations, t: answer.t ?? null };
  } catch (e) {
    return { error: errorSentence(e) };
  }
}

export default async function RegisterPage() {
  const loaded = await loadServerTarget();
  // acting as a vesting contract, the registrations prepared for it as the operator (spec C.2)
  const acting = await requestActing();
  const account = acting?.acting?.address ?? acting?.wallet ?? null;
  const prepared = loaded.ok && account ? await preparedFor(loaded.target, account) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">Register a node</h1>
      <p className="mt-2 max-w-2xl text-muted">Your Session node prepares its keys for your wallet; register it here, alone or with contributors.</p>
      <div className="mt-8">{loaded.ok ? <RegistrationsList prepared={prepared} /> : <ErrorState title="Registrations could not be loaded." error={loaded.message} />}</div>
    </>
  );
}
