import Link from "next/link";
import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegisterWizard } from "@/components/dapp/register/RegisterWizard";
import { Loading } from "@/components/dapp/ui/States";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";
import { requestActing } from "../../_account/acting";

type Props = { params: Promise<{ ed25519: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ed25519 } = await params;
  return { title: `Register node ${ed25519.slice(0, 10)}…`, robots: { index: false } };
}

export default async function RegisterNodePage({ params }: Props) {
  const { ed25519 } = await params;
  if (!/^[0-9a-fA-F]{64}$/.test(ed25519)) notFound();
  const key = ed25519.toLowerCase();
  // acting as a vesting contract: it registers, solo (app/(dapp)/_account/acting.ts)
  const a = await requestActing();
  const acting =
    a?.wallet && a.acting ? { wallet: a.wallet, vesting: a.acting.address, blocker: a.acting.blocker, vestingContracts: a.choices.map((c) => c.address) } : null;
  return (
    <>
      <p className="text-sm">
        <Link href="/register" className="text-accent-fg underline-offset-4 hover:underline">
          ← Registrations
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Register a node</h1>
      <p className="mt-1 break-all font-mono text-sm text-muted">{key}</p>
      <div className="mt-8">
        {/* the wizard reads its state from the URL's search params */}
        <Suspense fallback={<Loading label="Loading the registration…" minHeight="min-h-40" />}>
          <WalletScope eager>
            <RegisterWizard ed25519={key} acting={acting} />
          </WalletScope>
        </Suspense>
      </div>
    </>
  );
}
