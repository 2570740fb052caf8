import type { ReactNode } from "react";

/** The only layout that will mount wagmi, RainbowKit and TanStack Query (staking dApp issue). */
export default function StakingLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>;
}
