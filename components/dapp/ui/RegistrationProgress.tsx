import Link from "next/link";

/**
 * A node's way into the network, read, never timed: registered on the chain (the registry's id for
 * its key), then witnessed by the Session Network (the staking backend lists its key), with links to
 * the node and to My stakes. Shared by the contract page and the registration wizard.
 */
export function RegistrationProgress({ chainName, registeredId, witnessedId, pendingText }: { chainName: string; registeredId: bigint; witnessedId: number | undefined; pendingText: string }) {
  return (
    <section aria-labelledby="registration-heading" className="rounded-2xl border border-accent-fg/40 p-4" data-testid="registration-progress">
      <h2 id="registration-heading" className="text-xl font-bold">
        Registration
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        <li data-testid="registered-on-chain">{registeredId > 0n ? `✓ Registered on ${chainName} as node #${registeredId.toString()}.` : `○ ${pendingText}`}</li>
        <li data-testid="witnessed">
          {witnessedId !== undefined ? (
            <>
              ✓ Witnessed by the Session Network:{" "}
              <Link className="text-accent-fg underline" href={`/nodes/${witnessedId}`} data-testid="registered-node-link" prefetch={false}>
                node #{witnessedId}
              </Link>{" "}
              ·{" "}
              <Link className="text-accent-fg underline" href="/mystakes" prefetch={false}>
                My stakes
              </Link>
            </>
          ) : (
            "○ Waiting for the Session Network to witness the registration…"
          )}
        </li>
      </ol>
    </section>
  );
}
