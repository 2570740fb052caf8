import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isAddress, getAddress } from "viem";
import { ContractDetail } from "@/components/dapp/contract/ContractDetail";
import { NotFromFactory } from "@/components/dapp/contract/NotFromFactory";
import { loadServerTarget } from "@/lib/chain/server-target";
import { readOwnership } from "./ownership";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

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
  // the configured factory must have created it: a URL can name a copy that keeps the money
  const ownership = loaded.ok ? await readOwnership(loaded.target.public, checksummed) : "unknown";
  return (
    <>
      <p className="text-sm">
        <Link href="/stake" className="text-accent-fg underline-offset-4 hover:underline">
          ← Open nodes
        </Link>
      </p>
      <h1 className="mt-2 break-all text-3xl font-bold">Node contribution contract</h1>
      <p className="mt-1 break-all font-mono text-sm text-muted">{checksummed}</p>
      <div className="mt-8">{ownership === "notOwned" ? <NotFromFactory /> : <WalletScope eager>
            <ContractDetail address={checksummed} />
          </WalletScope>}</div>
    </>
  );
}
