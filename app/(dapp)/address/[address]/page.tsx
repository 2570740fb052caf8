import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAddress, isAddress } from "viem";
import { CopyButton } from "@/components/site/CopyButton";
import { AccountView } from "@/components/dapp/account/AccountView";
import { explorerAddressUrl } from "@/lib/explorer-links";
import { lookupEnsName } from "@/lib/chain/ens";
import { loadServerTarget } from "@/lib/chain/server-target";
import { softwareRules } from "@/lib/config/node-software-rules";
import { PageBlock } from "@/components/dapp/data/PageBlock";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS } from "@/components/dapp/data/refresh";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { ErrorState, Loading } from "@/components/dapp/ui/States";
import { Suspense } from "react";
import type { Address } from "viem";
import type { ServerTarget } from "@/lib/chain/targets";
import { loadAccountPage } from "../../_account/account-data";
import { cookieAccount } from "../../cookie-wallet";

type Props = { params: Promise<{ address: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { address } = await params;
  return { title: `Stakes of ${address.slice(0, 10)}…`, robots: { index: false } };
}

async function AddressStaking({ target, address }: { target: ServerTarget; address: Address }) {
  const [data, wallet] = await Promise.all([loadAccountPage(target, address), cookieAccount()]);
  return (
    <>
      <AccountView address={address} own={wallet?.toLowerCase() === address.toLowerCase()} data={data} explorerUrl={target.public.explorerUrl} software={softwareRules()} watchable />
      <PageBlock block={data.snapshot?.registry.blockNumber ?? null} />
      <RefreshEvery ms={data.stakesError || data.chainError || data.rewardsError ? FAULT_REFRESH_MS : PAGE_REFRESH_MS} />
    </>
  );
}

/** Any address's staking, read-only (the same view as /mystakes; the wallet's own page offers its claim and exits). */
export default async function AddressPage({ params }: Props) {
  const { address } = await params;
  if (!isAddress(address, { strict: false })) notFound();
  const checksummed = getAddress(address);
  const loaded = await loadServerTarget();
  const ens = loaded.ok ? await lookupEnsName(loaded.target.public, checksummed) : null;
  const explorerUrl = loaded.ok ? loaded.target.public.explorerUrl : null;
  const explorer = explorerAddressUrl(explorerUrl, checksummed);
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
            View on Arbiscan<span className="sr-only"> {checksummed}</span>
          </a>
        ) : null}
      </p>
      <div className="mt-8">
        {loaded.ok ? (
          // the heading at once; the figures stream in where their placeholder stands
          <Suspense fallback={<Loading label="Loading stakes and rewards…" minHeight="min-h-[32rem]" />}>
            <AddressStaking target={loaded.target} address={checksummed} />
          </Suspense>
        ) : (
          <ErrorState title="These stakes could not be loaded." error={loaded.message} />
        )}
      </div>
    </>
  );
}
