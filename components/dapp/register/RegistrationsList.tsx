import Link from "next/link";
import type { Registration } from "@/lib/backend/schemas";
import { formatDuration } from "@/lib/staking/timing";
import { ServerErrorState } from "../ui/ServerErrorState";
import { shortHex } from "../ui/format";
import { PasteRegistration } from "./PasteRegistration";

export type PreparedRegistrations = { registrations: Registration[]; t: number | null } | { error: string } | null;

/**
 * /register, rendered on the server: the registrations the network prepared for the cookies'
 * wallet, newest first (null: no wallet), and the box to paste one (the page's only island).
 */
export function RegistrationsList({ prepared }: { prepared: PreparedRegistrations }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="prepared-heading">
        <h2 id="prepared-heading" className="text-xl font-bold">
          Prepared for your wallet
        </h2>
        {prepared === null ? (
          <p className="mt-2 text-muted" data-testid="register-connect">
            Connect the wallet your node was prepared for (top right): the network lists its registrations here.
          </p>
        ) : "error" in prepared ? (
          <ServerErrorState title="The staking backend could not list your registrations." message={prepared.error} />
        ) : prepared.registrations.length === 0 ? (
          <p className="mt-2 text-muted" data-testid="no-registrations">
            The network has no registration prepared for this wallet. Run your node&apos;s register command with this address, or paste the registration below.
          </p>
        ) : (
          <ul className="mt-3 space-y-2">
            {prepared.registrations.map((r) => (
              <li key={r.pubkey_ed25519} className="flex flex-wrap items-center gap-3 rounded-2xl border border-line p-3 text-sm" data-testid="registration-row" data-ed25519={r.pubkey_ed25519}>
                <Link href={`/register/${r.pubkey_ed25519}`} className="font-mono font-semibold text-accent-fg underline" prefetch={false}>
                  {shortHex(r.pubkey_ed25519, 6)}
                </Link>
                <span className="font-mono text-xs text-muted">BLS {shortHex(r.pubkey_bls, 6)}</span>
                {prepared.t !== null ? <span className="text-muted">prepared {Math.max(0, prepared.t - r.timestamp) < 60 ? "just now" : `${formatDuration(Math.floor(prepared.t - r.timestamp))} ago`}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PasteRegistration />
    </div>
  );
}
