import type { KnipConfig } from "knip";

/**
 * Dead code out and kept out (`npm run knip`, a step of `npm test`): unused files, exports, types
 * and dependencies fail the run. Entries knip's plugins find by themselves: Next's app router
 * (pages, layouts, routes, proxy.ts, instrumentation.ts), Vitest's *.test.ts, Playwright's specs,
 * Hardhat's config, ESLint's and PostCSS's, and every file package.json's scripts run (devnet/,
 * scripts/). Below: only what they cannot know.
 */
const config: KnipConfig = {
  entry: [
    // the browser editor's routes: Next's pageExtensions gain "editor.tsx" / "editor.ts" only in
    // `next dev` or with an editor repository configured (lib/editor/enabled.mjs), which knip's
    // Next plugin, reading the production config, does not see
    "app/**/{layout,page,route}.editor.{ts,tsx}",
    // run by other scripts as `node scripts/bench/<file>.mjs` (scripts/test.mjs, scripts/bench/run-all.mjs),
    // not imported (scripts/topology/run.mjs is named in package.json, so knip finds it)
    "scripts/bench/*.mjs",
  ],
  // content/ and the content tests' fixtures are MDX the content loader reads from disk as data
  // (lib/content), never imported; they may not import anything either (lib/content/mdx-analysis.ts)
  project: ["**/*.{ts,tsx,mts,mjs,js,cjs,css,mdx}", "!content/**", "!**/__fixtures__/**"],
  playwright: {
    // the editor's specs run on `next dev` under their own config; its testMatch is a RegExp,
    // which knip's Playwright plugin does not turn into a file pattern
    config: ["playwright.config.ts", "playwright.editor.config.ts"],
    entry: ["e2e/**/*.spec.ts", "e2e/editor/*.dev-spec.ts"],
  },
  ignore: [
    // hand-written declarations for the plain-JavaScript modules beside them: TypeScript pairs
    // x.d.mts with x.mjs by name, no import names them
    "lib/editor/enabled.d.mts",
    "scripts/*.d.mts",
  ],
  ignoreDependencies: [
    // imported by the Solidity stand-ins in contracts/ (`import "@openzeppelin/..."`), which knip
    // does not read
    "@openzeppelin/contracts",
    "@openzeppelin/contracts-upgradeable",
    // a font file path given to next/font/local in app/layout.tsx, not a module import
    "@fontsource-variable/inter",
  ],
  // an export its own module also uses is a building block (a schema composed into a bigger one, a
  // constant a function reads), not dead code; only exports nothing reads at all fail the run
  ignoreExportsUsedInFile: true,
  compilers: {
    // stylesheets import packages too (`@import "tailwindcss";` in app/globals.css)
    css: (text: string) => [...text.matchAll(/@import\s+["']([^"']+)["']/g)].map(([, specifier]) => `import "${specifier}";`).join("\n"),
  },
};

export default config;
