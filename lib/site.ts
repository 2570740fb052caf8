/**
 * Site-wide identity and navigation. Pure constants (plus one URL helper) so that marketing pages,
 * metadata, JSON-LD, the sitemap and the dApp header all agree on names and links.
 */

/** Canonical origin of the site, without a trailing slash. Override with NEXT_PUBLIC_SITE_URL. */
export const SITE_URL: string = (process.env.NEXT_PUBLIC_SITE_URL ?? "https://token.getsession.org").replace(/\/+$/, "");

export const SITE_NAME = "Session Token";

/** Short description used where a page gives none (home, OpenGraph defaults, the RSS channel). */
export const SITE_DESCRIPTION =
  "SESH is the token that secures Session's private messaging network. Stake SESH to run Session Nodes and earn rewards on Arbitrum.";

/** Session's own social handle, for Twitter cards. */
export const TWITTER_HANDLE = "@session_app";

/** Links that identify the organisation (JSON-LD sameAs, footer). */
export const SOCIAL_LINKS = [
  { label: "Session", href: "https://getsession.org" },
  { label: "X (Twitter)", href: "https://x.com/session_app" },
  { label: "GitHub", href: "https://github.com/session-foundation" },
  { label: "YouTube", href: "https://www.youtube.com/@SessionTV" },
  { label: "Odysee", href: "https://odysee.com/@SessionTV" },
] as const;

export type NavLink = { readonly href: string; readonly label: string };

/** Header navigation (the "Stake" call to action is rendered separately, as a button). */
export const NAV_LINKS: readonly NavLink[] = [
  { href: "/token", label: "Token" },
  { href: "/network", label: "Network" },
  { href: "/staking", label: "Staking" },
  { href: "/blog", label: "Blog" },
  { href: "/tv", label: "SessionTV" },
  { href: "/faq", label: "FAQ" },
];

export const STAKE_LINK: NavLink = { href: "/stake", label: "Stake" };

/** Footer groups. */
export const FOOTER_LINKS: readonly { readonly title: string; readonly links: readonly NavLink[] }[] = [
  {
    title: "Learn",
    links: [
      { href: "/token", label: "SESH token" },
      { href: "/network", label: "Session Network" },
      { href: "/staking", label: "How staking works" },
      { href: "/faq", label: "FAQ" },
    ],
  },
  {
    title: "Follow",
    links: [
      { href: "/blog", label: "Blog" },
      { href: "/blog/feed.xml", label: "RSS feed" },
      { href: "/tv", label: "SessionTV" },
    ],
  },
  {
    title: "Legal",
    links: [
      { href: "/legal/terms", label: "Terms of use" },
      { href: "/legal/privacy", label: "Privacy policy" },
    ],
  },
];

/** Absolute URL for a site path ("/blog/x" -> "https://token.getsession.org/blog/x"). */
export function absoluteUrl(path: string = "/"): string {
  if (/^https?:\/\//.test(path)) return path;
  const p = path.startsWith("/") ? path : `/${path}`;
  return p === "/" ? SITE_URL : `${SITE_URL}${p}`;
}

/**
 * Every public page that is not generated from a collection (posts and tag pages are added from
 * content). The sitemap, the e2e route tests and the bundle-ratio script all read this list.
 */
export const STATIC_ROUTES = [
  "/",
  "/token",
  "/network",
  "/staking",
  "/blog",
  "/tv",
  "/faq",
  "/legal/terms",
  "/legal/privacy",
  "/stake",
] as const;

/** The marketing routes (everything above except the dApp). */
export const MARKETING_ROUTES = STATIC_ROUTES.filter((r) => r !== "/stake");
