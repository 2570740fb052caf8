import Link from "next/link";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { isAddress, getAddress } from "viem";
import { ContractDetail } from "@/components/dapp/contract/ContractDetail";
import { NotFromFactory } from "@/components/dapp/contract/NotFromFactory";
import { PageBlock } from "@/components/dapp/data/PageBlock";
import { FAULT_REFRESH_MS, PAGE_REFRESH_MS, WITNESS_POLL_MS } from "@/components/dapp/data/refresh";
import { RefreshEvery } from "@/components/dapp/nodes/RefreshEvery";
import { ErrorState } from "@/components/dapp/ui/States";
import { loadServerTarget } from "@/lib/chain/server-target";
import { storedWallet } from "@/lib/chain/wallet-cookie";
import { contractDetailsPending } from "@/lib/staking/contract-state";
import { loadContractPage } from "./contract-data";
import { readOwnership } from "./ownership";
import { requestActing } from "../../_account/acting";

type Props = { params: Promise<{ address: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { address } = await params;
  return { title: `Node contribution ${address.slice(0, 10)}…`, robots: { index: false } };
}

export default async function ContractPage({ params }: Props) {
  const { address } = await params;
  if (!isAddress(address, { strict: false })) notFound();
  const checksummed = getAddress(address);
  const loaded = await loadServerTarget();
  const heading = (
    <>
      <p className="text-sm">
        <Link href="/stake" className="text-accent-fg underline-offset-4 hover:underline">
          ← Open nodes
        </Link>
      </p>
      <h1 className="mt-2 break-all text-3xl font-bold">Node contribution contract</h1>
      <p className="mt-1 break-all font-mono text-sm text-muted">{checksummed}</p>
    </>
  );
  if (!loaded.ok) {
    return (
      <>
        {heading}
        <div className="mt-8">
          <ErrorState title="This contract could not be loaded." error={loaded.message} />
        </div>
      </>
    );
  }
  const target = loaded.target.public;
  // the configured factory must have created it: a URL can name a copy that keeps the money
  const ownership = await readOwnership(target, checksummed);
  if (ownership === "notOwned") {
    return (
      <>
        {heading}
        <div className="mt-8">
          <NotFromFactory />
        </div>
      </>
    );
  }
  const stored = storedWallet((await headers()).get("cookie"));
  // acting as a vesting contract, its position and balance are read (app/(dapp)/_account/acting.ts)
  const acting = await requestActing();
  const d = await loadContractPage(loaded.target, checksummed, acting?.acting?.address ?? stored.account);
  const c = d.snapshot?.contracts[0];
  const registeredNotWitnessed = c?.status === "finalized" && d.liveId === undefined;
  const pending = d.entry !== null && contractDetailsPending(d.entry);
  return (
    <>
      {heading}
      <div className="mt-8">
        <ContractDetail
          address={checksummed}
          entry={d.entry}
          liveId={d.liveId}
          backendError={d.backendError}
          snapshot={d.snapshot}
          chainError={d.chainError}
          readAtMs={d.readAtMs}
          wallet={stored.account ? { account: stored.account, chainId: stored.chainId } : null}
          actor={acting?.actor ?? null}
          actorBlocker={acting?.acting?.blocker ?? null}
          chainName={target.chainName}
          explorerUrl={target.explorerUrl}
        />
        <PageBlock block={d.snapshot?.registry.blockNumber ?? null} />
        {/* registered but not witnessed yet, or details the network is still reading: follow at the witness pace */}
        <RefreshEvery ms={registeredNotWitnessed || pending ? WITNESS_POLL_MS : d.chainError || d.backendError ? FAULT_REFRESH_MS : PAGE_REFRESH_MS} />
      </div>
    </>
  );
}
