import type { Metadata } from "next";
import { RegistrationsList } from "@/components/dapp/register/RegistrationsList";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

export const metadata: Metadata = { title: "Register a node", robots: { index: false } };

export default function RegisterPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Register a node</h1>
      <p className="mt-2 max-w-2xl text-muted">Your Session node prepares its keys for your wallet; register it here, alone or with contributors.</p>
      <div className="mt-8">
        <WalletScope eager>
          <RegistrationsList />
        </WalletScope>
      </div>
    </>
  );
}
