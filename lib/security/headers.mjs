// @ts-check
/**
 * Security headers for every route. One place, so the CSP is reviewed as a whole.
 *
 * script-src keeps 'unsafe-inline' because statically pre-rendered pages carry Next's inline
 * bootstrap scripts and the no-flash theme script, and static HTML cannot carry per-request
 * nonces. Everything else is locked to our own origin plus the hosts a feature needs.
 */

/** Hosts the staking dApp talks to, from the build's environment (RPCs, wallet relays). */
function connectSources(env = process.env) {
  const hosts = new Set(["'self'"]);
  const fromUrl = (/** @type {string | undefined} */ u) => {
    if (!u) return;
    for (const part of u.split(",")) {
      try {
        const url = new URL(part.trim());
        hosts.add(url.origin);
        if (url.protocol === "https:") hosts.add(`wss://${url.host}`);
      } catch {
        /* an invalid URL is reported by the chain config at start; nothing to allow here */
      }
    }
  };
  // devnet chain and simulator (default target)
  hosts.add("http://127.0.0.1:8545");
  hosts.add("http://localhost:8545");
  fromUrl(env.NEXT_PUBLIC_RPC_URLS);
  fromUrl(env.ARBITRUM_ONE_RPC_URLS);
  fromUrl(env.ARBITRUM_SEPOLIA_RPC_URLS);
  // public defaults for Arbitrum One / Sepolia (lib/chain/targets.ts keeps the same list)
  for (const u of ["https://arb1.arbitrum.io", "https://arbitrum-one-rpc.publicnode.com", "https://sepolia-rollup.arbitrum.io", "https://arbitrum-sepolia-rpc.publicnode.com", "https://cloudflare-eth.com", "https://ethereum-rpc.publicnode.com"]) hosts.add(u);
  if (env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID) {
    for (const u of ["https://*.walletconnect.com", "wss://*.walletconnect.com", "https://*.walletconnect.org", "wss://*.walletconnect.org", "https://*.reown.com", "wss://*.reown.com"]) hosts.add(u);
  }
  return [...hosts].join(" ");
}

export function contentSecurityPolicy(env = process.env) {
  const dev = env.NODE_ENV !== "production";
  const directives = {
    "default-src": "'self'",
    "script-src": `'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": connectSources(env) + (dev ? " ws://localhost:* ws://127.0.0.1:*" : ""),
    // SessionTV embeds are loaded only after a click (components/mdx/VideoEmbed)
    "frame-src": "https://www.youtube-nocookie.com https://odysee.com",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
    "worker-src": "'self' blob:",
  };
  return Object.entries(directives)
    .map(([k, v]) => (v ? `${k} ${v}` : k))
    .join("; ");
}

export function securityHeaders(env = process.env) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(env) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin-allow-popups" },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ];
}
