"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { PrivacyToggle } from "./PrivacyToggle";

/** `short`: the label below 640 px, so the four fit a 320 px screen without scrolling. */
const LINKS = [
  { href: "/stake", label: "Open nodes", short: "Stake" },
  { href: "/nodes", label: "All nodes", short: "Nodes" },
  { href: "/mystakes", label: "My stakes", short: "Mine" },
  { href: "/register", label: "Register a node", short: "Register" },
];

/** The dApp's own navigation under the site header, with the chain it reads from. */
export function DappNav({ targetName }: { targetName: string }) {
  const path = usePathname();
  const router = useRouter();
  return (
    <nav aria-label="Staking" className="border-b border-line">
      <div className="mx-auto flex max-w-6xl items-center gap-0.5 px-2 sm:gap-1 sm:px-6">
        {LINKS.map((l) => {
          const current = path === l.href || path.startsWith(`${l.href}/`);
          return (
            // prefetched on intent (pointer over, focus, touch), not when the nav enters the viewport: a
            // viewport prefetch fetches three routes and loads their code while the page hydrates,
            // which measured as most of /stake's blocking time on a phone
            <Link key={l.href} href={l.href} prefetch={false} onMouseEnter={() => router.prefetch(l.href)} onFocus={() => router.prefetch(l.href)} onTouchStart={() => router.prefetch(l.href)} aria-current={current ? "page" : undefined} className={cx("inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-2.5 text-sm font-medium sm:px-3", current ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg")}>
              <span className="sm:hidden">{l.short}</span>
              <span className="hidden sm:inline">{l.label}</span>
            </Link>
          );
        })}
        {/* on a phone the network is named in the wallet menu */}
        <span className="ml-auto hidden whitespace-nowrap text-xs text-muted sm:inline" data-testid="target-chain">
          {targetName}
        </span>
        <span className="ml-auto sm:ml-2">
          <PrivacyToggle />
        </span>
      </div>
    </nav>
  );
}
