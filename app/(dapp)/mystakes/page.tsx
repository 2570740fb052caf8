import type { Metadata } from "next";
import { MyStakes } from "@/components/dapp/account/MyStakes";
import { WalletScope } from "@/components/dapp/wallet/WalletScope";

export const metadata: Metadata = { title: "My stakes", robots: { index: false } };

export default function MyStakesPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">My stakes</h1>
      <p className="mt-2 max-w-2xl text-muted">Your nodes, contributions, rewards and the dates that matter for each.</p>
      <div className="mt-8">
        <WalletScope eager>
          <MyStakes />
        </WalletScope>
      </div>
    </>
  );
}
