#!/usr/bin/env node
// `npm run test:e2e:build`: the e2e suite's contract-facing projects once more, on a contract build
// given by the devnet's switch (DEVNET_CONTRACTS=<dir>, devnet/contract-build.ts) instead of the
// stand-ins it deploys by default. Without an argument the build is the stand-ins exported as such a
// directory (`npm run contracts:export`), which is what CI runs: it proves the switch's whole path
// (load, check against the dApp's ABIs, deploy behind proxies, seed) on a build that is not
// contracts/out. With a directory (`npm run test:e2e:build -- <dir>`) it runs on that build, e.g.
// Session's contracts compiled from source (docs/real-contracts.md).
//
// The suite itself knows nothing of the build. This script checks that the devnet Playwright starts
// really deployed it: the state file (.devnet/devnet.json) names the directory and each artifact's
// bytecode hash, which must be those of the files given.
//
// Projects: the ones whose pages send or read transactions (`writes`, then `exclusive`), without
// their read-only dependency (`chromium`, which the main e2e run covers on the same world and whose
// figures are read from whatever chain runs). The marketing pages and the attack suite never touch a
// contract. PROJECTS="chromium writes exclusive" overrides.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// the state file the devnet writes (a private devnet on other ports writes where DEVNET_STATE_FILE says)
const STATE_FILE = path.resolve(REPO, process.env.DEVNET_STATE_FILE ?? path.join(".devnet", "devnet.json"));
const given = process.argv[2];
const exported = given ? null : mkdtempSync(path.join(tmpdir(), "seshl2-build-"));
const dir = path.resolve(given ?? exported);
const projects = (process.env.PROJECTS ?? "writes exclusive").split(/\s+/).filter(Boolean);
const started = Date.now();

try {
  if (exported) {
    const r = spawnSync("npx", ["tsx", "scripts/contracts-export.ts", dir], { cwd: REPO, stdio: "inherit" });
    if (r.status !== 0) throw new Error("exporting the stand-ins failed");
  }
  const expected = bytecodeHashes(dir);
  let seen = null;
  // the devnet writes its state file once deployed and seeded; read it while the suite runs
  const watch = setInterval(() => {
    if (seen || !existsSync(STATE_FILE)) return;
    try {
      seen = JSON.parse(readFileSync(STATE_FILE, "utf8")).contractBuild ?? null;
    } catch {
      // half-written: next tick
    }
  }, 250);
  const code = await new Promise((resolve) => {
    // its own output directory: Playwright empties its output at the start of a run, and CI runs
    // this beside the main e2e run (scripts/test.mjs), whose traces live in test-results/
    const args = ["playwright", "test", ...projects.flatMap((p) => ["--project", p]), "--no-deps", "--output", "test-results-build"];
    console.log(`e2e on the build in ${dir}: npx ${args.join(" ")}`);
    const child = spawn("npx", args, { cwd: REPO, stdio: "inherit", env: { ...process.env, DEVNET_CONTRACTS: dir } });
    child.on("close", (c) => resolve(c ?? 1));
  });
  clearInterval(watch);
  const problem = buildProblem(seen, dir, expected);
  if (problem) {
    console.error(`e2e on a build: ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`e2e on a build: the devnet ran ${dir} (${Object.keys(expected).length} artifacts, hashes checked)`);
    process.exitCode = code;
  }
  console.log(`e2e on a build: ${process.exitCode === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
} finally {
  if (exported) rmSync(exported, { recursive: true, force: true });
}

/** sha256 of each artifact's creation bytecode, by file name, computed here from the files themselves. */
function bytecodeHashes(buildDir) {
  const out = {};
  for (const file of readdirSync(buildDir).filter((f) => f.endsWith(".json"))) {
    const { bytecode } = JSON.parse(readFileSync(path.join(buildDir, file), "utf8"));
    if (typeof bytecode !== "string") continue;
    const hex = bytecode.startsWith("0x") ? bytecode.slice(2) : bytecode;
    out[file] = createHash("sha256").update(Buffer.from(hex, "hex")).digest("hex");
  }
  return out;
}

/** Why the state file does not show this build deployed, or null when it does. */
function buildProblem(record, buildDir, expected) {
  if (!record) return "the devnet's state file never named a contract build";
  if (path.resolve(REPO, record.dir) !== buildDir) return `the devnet deployed ${record.dir}, not ${buildDir}`;
  for (const a of Object.values(record.artifacts ?? {})) {
    const want = expected[path.basename(a.file)];
    if (!want) return `the devnet deployed ${a.file}, which is not in ${buildDir}`;
    if (want !== a.bytecodeSha256.replace(/^0x/, "")) return `${a.file}: the devnet deployed bytecode with another hash`;
  }
  return Object.keys(record.artifacts ?? {}).length ? null : "the state file lists no artifacts";
}
