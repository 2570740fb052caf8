import type { ReactNode } from "react";
import { Footer } from "@/components/site/Footer";
import { FunnelBeacon } from "@/components/site/FunnelBeacon";
import { Header } from "@/components/site/Header";

/**
 * Marketing layout: header, the page's <main> landmark, footer. Server components only; no wallet
 * providers. Pages in this group render their content directly (no <main> of their own).
 * FunnelBeacon (renders nothing) counts the funnel's page views and CTA clicks.
 */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <Footer />
      <FunnelBeacon />
    </>
  );
}
