import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import type { ReactNode } from "react";
import { ThemeScript } from "@/components/site/ThemeScript";
import { getBlogPageContent, getHomeContent, getSiteContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { JsonLd, organizationJsonLd } from "@/lib/seo/jsonld";
import { SITE_URL } from "@/lib/site";
import "./globals.css";

// Inter, self-hosted from @fontsource-variable/inter (latin subset, variable weight): no font CDN.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  // "optional" + not preloaded: the first paint never waits for the 48 KB font and text never
  // reflows when it arrives (no layout shift); Inter shows from the next page view, once cached
  display: "optional",
  preload: false,
  variable: "--font-inter",
  fallback: ["ui-sans-serif", "system-ui", "Segoe UI", "Roboto", "sans-serif"],
});

/** The site's name, default title and description are content (content/site.yaml, content/home.yaml). */
export function generateMetadata(): Metadata {
  const site = getSiteContent();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: getHomeContent().seo.title, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: { "application/rss+xml": [{ url: "/blog/feed.xml", title: fillTokens(getBlogPageContent().feed.title, { site: site.name }) }] } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: dark)", color: "#0b0d0c" },
    { media: "(prefers-color-scheme: light)", color: "#f7f9f8" },
  ],
  colorScheme: "dark light",
};

/**
 * Root layout: shared by the marketing site and the dApp, so it stays free of wallet code.
 * The theme script runs in <head> before the first paint (no flash); the server's default is dark.
 * Header and footer are mounted by each route group's layout (components/site/Header, Footer).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-theme="dark" className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
        >
          {getSiteContent().skipLink}
        </a>
        {children}
        <JsonLd data={organizationJsonLd()} />
      </body>
    </html>
  );
}
