import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Marketing pages use plain <a> on purpose: every CTA works without JavaScript and the pages
    // ship no client router code for links (the 1.10x weight budget). The dApp uses next/link.
    files: ["app/(site)/**", "app/not-found.tsx", "components/site/**", "components/mdx/**", "components/ui/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  { ignores: [".next/**", "node_modules/**", ".devnet/**", "contracts/out/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "lib/empty-module.js"] },
];

export default config;
