// @ts-check
import { pageExtensions } from "./lib/editor/enabled.mjs";
import { apiHeaders, securityHeaders } from "./lib/security/headers.mjs";

/**
 * wagmi's connectors pull @coinbase/cdp-sdk, which imports optional peers that are not installed
 * (TOOLCHAIN.md pitfall 1). They are never reached at runtime, so they resolve to an empty module.
 */
const OPTIONAL_PEERS = ["@x402/core", "@x402/core/client", "@x402/core/schemas", "@x402/core/server", "@x402/evm", "@x402/evm/auth-capture/client", "@x402/evm/batch-settlement/client", "@x402/evm/exact/client", "@x402/evm/exact/server", "@x402/evm/exact/v1/client", "@x402/evm/upto/client", "@x402/evm/upto/server", "@x402/express", "@x402/extensions/bazaar", "@x402/extensions/builder-code", "@x402/fetch", "@x402/svm", "@x402/svm/exact/client", "@x402/svm/exact/server", "@x402/svm/exact/v1/client", "@x402/svm/upto/client", "@x402/svm/upto/server"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // production runs the standalone server (.next/standalone/server.js, assembled by
  // scripts/standalone.mjs after the build; deploy/ and docs/deploy.md): the app with only the
  // node_modules files it uses, started without npm or the Next CLI
  output: "standalone",
  poweredByHeader: false,
  // only for `npm run bench:profile` (scripts/bench/profile.mjs), which maps the profiler's samples
  // back to packages and files; a production build ships no source maps
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === "1",
  // `next dev` serves its dev resources (HMR, on-demand chunks such as the wallet dialog) only to
  // localhost unless told otherwise; the devnet itself lives on 127.0.0.1, so people open the site
  // there too (TOOLCHAIN.md pitfall 7)
  allowedDevOrigins: ["127.0.0.1"],
  // the funnel's storage drivers stay plain Node modules: better-sqlite3 is native (built from source by
  // npm ci, see package.json allowScripts) and pg has an optional native peer; neither may be bundled;
  // nor pino (the server's logger), which loads its parts at run time
  serverExternalPackages: ["better-sqlite3", "pg", "pino"],
  turbopack: {
    resolveAlias: Object.fromEntries(OPTIONAL_PEERS.map((m) => [m, "./lib/empty-module.js"])),
  },
  webpack: (config) => {
    config.resolve.alias = { ...config.resolve.alias, ...Object.fromEntries(OPTIONAL_PEERS.map((m) => [m, false])) };
    return config;
  },
  images: { formats: ["image/avif", "image/webp"] },
  experimental: {
    // the proxy (proxy.ts) buffers the body of every request it matches, then reads the rest to the
    // end (TOOLCHAIN.md pitfall 12). Routes that take a body are outside its matcher and read their
    // own within a few KiB; no page takes one (no server actions), so this bounds what a POST to a
    // page can make the server hold
    proxyClientMaxBodySize: "16kb",
  },
  // `npm test` type-checks the whole project as its first step (tsc --noEmit) and sets this for its
  // build step, so CI does not check the same code twice; a plain `npm run build` still checks
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      { source: "/api/:path*", headers: apiHeaders() },
    ];
  },
};

/** The config for a phase: the browser editor's routes exist in `next dev` (and where lib/editor/enabled.mjs says). */
export default function config(/** @type {string} */ phase) {
  return { ...nextConfig, pageExtensions: pageExtensions(phase, process.env) };
}
