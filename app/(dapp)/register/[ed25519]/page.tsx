import Link from "next/link";
import { Suspense } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegisterWizard } from "@/components/dapp/register/RegisterWizard";
import { Loading } from "@/components/dapp/ui/States";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

type Props = { params: Promise<{ ed25519: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ed25519 } = await params;
  return { title: `Register node ${ed25519.slice(0, 10)}…`, robots: { index: false } };
}

export default async function RegisterNodePage({ params }: Props) {
  const { ed25519 } = await params;
  if (!/^[0-9a-fA-F]{64}$/.test(ed25519)) notFound();
  const key = ed25519.toLowerCase();
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
            <RegisterWizard ed25519={key} />
          </WalletScope>
        </Suspense>
      </div>
    </>
  );
}
