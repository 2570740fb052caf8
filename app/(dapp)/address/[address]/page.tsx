import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAddress, isAddress } from "viem";
import { CopyButton } from "@/components/site/CopyButton";
import { AccountView } from "@/components/dapp/account/AccountView";
import { explorerAddressUrl } from "@/lib/chain/explorer";
import { lookupEnsName } from "@/lib/chain/ens";
import { loadServerTarget } from "@/lib/chain/server-target";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

type Props = { params: Promise<{ address: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { address } = await params;
  return { title: `Stakes of ${address.slice(0, 10)}…`, robots: { index: false } };
}

/** Any address's staking, read-only (the same view as /mystakes). */
export default async function AddressPage({ params }: Props) {
  const { address } = await params;
  if (!isAddress(address, { strict: false })) notFound();
  const checksummed = getAddress(address);
  const loaded = await loadServerTarget();
  const ens = loaded.ok ? await lookupEnsName(loaded.target.public, checksummed) : null;
  const explorer = loaded.ok ? explorerAddressUrl(loaded.target.public.explorerUrl, checksummed) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">{ens ?? "Address"}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span className="break-all font-mono text-sm text-muted" data-testid="address-heading">
          {checksummed}
        </span>
        <CopyButton value={checksummed} label={`Copy address ${checksummed}`} />
        {explorer ? (
          <a href={explorer} rel="noopener noreferrer" className="text-sm text-accent-fg underline-offset-4 hover:underline">
            View on Arbiscan
          </a>
        ) : null}
      </p>
      <div className="mt-8">
        <WalletScope eager>
          <AccountView address={checksummed} />
        </WalletScope>
      </div>
    </>
  );
}
