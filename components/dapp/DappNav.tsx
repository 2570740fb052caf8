"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

const LINKS = [
  { href: "/stake", label: "Open nodes" },
  { href: "/nodes", label: "All nodes" },
  { href: "/mystakes", label: "My stakes" },
  { href: "/register", label: "Register a node" },
];

/** The dApp's own navigation under the site header, with the chain it reads from. */
export function DappNav({ targetName }: { targetName: string }) {
  const path = usePathname();
  return (
    <nav aria-label="Staking" className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center gap-1 overflow-x-auto px-4 sm:px-6">
        {LINKS.map((l) => {
          const current = path === l.href || path.startsWith(`${l.href}/`);
          return (
            <Link key={l.href} href={l.href} aria-current={current ? "page" : undefined} className={cx("whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium", current ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg")}>
              {l.label}
            </Link>
          );
        })}
        <span className="ml-auto whitespace-nowrap text-xs text-muted" data-testid="target-chain">
          {targetName}
        </span>
      </div>
    </nav>
  );
}
