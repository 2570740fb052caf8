import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `import "server-only"` marks modules that must never reach the browser (Next refuses to
      // bundle them for it); outside Next, as here, it is an empty module
      "server-only": fileURLToPath(new URL("./lib/empty-module.js", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // worker threads start faster than forked processes: measured 127 s against 162 s for the whole
    // suite on 2 cores
    pool: "threads",
    // one module graph per worker, reused by the files it runs, instead of a fresh one per file: the
    // imports (viem, Hardhat's client, the contracts' artifacts) are loaded a few times instead of 74
    // (measured on 2 cores: 103 s isolated, 84 s not). Safe while no test file mocks a module or
    // leaves global state behind: vi.mock is not used, the one file that stubs globals
    // (lib/funnel/beacon.test.ts) restores them after each test, each contract suite starts its own node
    isolate: false,
    // three at a time on 2 cores: the contract and simulator files spend much of their time waiting
    // on their Hardhat node, so a third worker fills the gaps (measured on the 2-core machine: 151 s
    // with Vitest's default of one worker per core minus one, 104 s with 2, 94 s with 3, 87 s with 4;
    // 3 keeps headroom under the contract suites' timeouts)
    maxWorkers: 3,
    // contract and simulator suites start their own Hardhat node; give them room on 2 cores
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
