import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { THEME_SCRIPT } from "@/components/site/theme-script-source";
import { parseStakingEnv, resolveTarget } from "@/lib/chain/targets";
import { browserSourcesFor } from "./connect-sources";
import { createNonce } from "./csp";
import { forgetCspManifest, loadCspManifest, MANIFEST_RETRY_MS, parseCspManifest, type CspManifest } from "./csp-manifest";
import { scriptHashSource } from "./inline-scripts";
import { policyForRequest } from "./policy-for-request";
import { testDevnetState } from "@/test/support/devnet-state";

const devnetState = testDevnetState({ rpcUrl: "http://127.0.0.1:9945", backendApiUrl: "http://127.0.0.1:9946" });
const devnet = resolveTarget(parseStakingEnv({}), devnetState).public;
const arbitrumOne = resolveTarget(parseStakingEnv({ STAKING_TARGET: "arbitrum-one", STAKING_BACKEND_URL: "https://backend.example" }), null).public;
const manifest: CspManifest = { buildId: "b", routes: { "/": ["'sha256-AAAA'", "'sha256-BBBB'"], "/_not-found": ["'sha256-NFNF'"] } };
const theme = scriptHashSource(THEME_SCRIPT);

function directive(policy: string, name: string): string[] {
  const d = policy.split("; ").find((x) => x.startsWith(`${name} `));
  return d ? d.split(" ").slice(1) : [];
}

describe("connect-src and frame-src for the target the server runs", () => {
  it("devnet: its own RPC (the port it really runs on), not the staking backend (proxied), nothing else", () => {
    expect(browserSourcesFor(devnet).connect).toEqual(["http://127.0.0.1:9945"]);
  });
  it("Arbitrum One: its https RPCs, no devnet host", () => {
    const { connect } = browserSourcesFor(arbitrumOne);
    expect(connect).toEqual(["https://arb1.arbitrum.io", "https://arbitrum-one-rpc.publicnode.com"]);
    expect(connect.join(" ")).not.toMatch(/127\.0\.0\.1|localhost|http:/);
  });
  it("WalletConnect's relay and verify frame only when a project id enables it", () => {
    expect(browserSourcesFor(arbitrumOne).connect.join(" ")).not.toContain("walletconnect");
    const withWc = browserSourcesFor({ ...arbitrumOne, walletConnectProjectId: "abc" });
    expect(withWc.connect).toContain("wss://*.walletconnect.org");
    expect(withWc.frame).toContain("https://verify.walletconnect.org");
  });
  it("a misconfigured server (no target) lets pages connect nowhere but here", () => {
    expect(browserSourcesFor(null)).toEqual({ connect: [], frame: ["https://www.youtube-nocookie.com", "https://odysee.com"] });
  });
});

describe("the policy of each response", () => {
  const sources = browserSourcesFor(devnet);
  let n = 0;
  const nonce = () => `nonce${++n}`;

  it("a static page of the build: exactly its manifest hashes (and the theme script's), no nonce", () => {
    const { policy, nonce: used } = policyForRequest({ pathname: "/", manifest, sources, dev: false, nonce });
    expect(used).toBeNull();
    expect(directive(policy, "script-src")).toEqual(["'self'", theme, "'sha256-AAAA'", "'sha256-BBBB'"]);
    expect(directive(policy, "connect-src")).toEqual(["'self'", "http://127.0.0.1:9945"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
  });

  it("a page rendered per request: a fresh nonce, the theme script's hash and the static 404's", () => {
    const a = policyForRequest({ pathname: "/stake", manifest, sources, dev: false, nonce });
    const b = policyForRequest({ pathname: "/stake", manifest, sources, dev: false, nonce });
    expect(a.nonce).not.toBe(b.nonce);
    expect(directive(a.policy, "script-src")).toEqual(["'self'", `'nonce-${a.nonce}'`, theme, "'sha256-NFNF'"]);
  });

  it("never 'unsafe-inline' in script-src; 'unsafe-eval' only under next dev, where every page gets a nonce", () => {
    for (const dev of [false, true]) {
      for (const pathname of ["/", "/stake", "/blog/x"]) {
        const script = directive(policyForRequest({ pathname, manifest, sources, dev, nonce }).policy, "script-src");
        expect(script).not.toContain("'unsafe-inline'");
        expect(script.includes("'unsafe-eval'")).toBe(dev);
        if (dev) expect(script.some((s) => s.startsWith("'nonce-"))).toBe(true);
      }
    }
  });

  it("without a manifest (or a stale one) static pages fall back to the nonce policy: blocked, never allowed", () => {
    const { policy, nonce: used } = policyForRequest({ pathname: "/", manifest: null, sources, dev: false, nonce });
    expect(used).not.toBeNull();
    expect(directive(policy, "script-src")).toEqual(["'self'", `'nonce-${used}'`, theme]);
  });

  it("inline <style> elements only on pages rendered per request (the wallet dialog's); style attributes everywhere", () => {
    const marketing = policyForRequest({ pathname: "/", manifest, sources, dev: false, nonce }).policy;
    expect(directive(marketing, "style-src")).toEqual(["'self'"]);
    expect(directive(marketing, "style-src-attr")).toEqual(["'unsafe-inline'"]);
    const dapp = policyForRequest({ pathname: "/stake", manifest, sources, dev: false, nonce }).policy;
    expect(directive(dapp, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("every page reports violations to our own endpoint, by report-uri and by the Reporting API", () => {
    const { policy } = policyForRequest({ pathname: "/stake", manifest, sources, dev: false, nonce });
    expect(directive(policy, "report-uri")).toEqual(["/api/csp-report"]);
    expect(directive(policy, "report-to")).toEqual(["csp"]);
  });

  it("nonces are 16 random bytes in base64, never repeated", () => {
    const seen = new Set(Array.from({ length: 1_000 }, createNonce));
    expect(seen.size).toBe(1_000);
    for (const v of [...seen].slice(0, 10)) expect(Buffer.from(v, "base64")).toHaveLength(16);
  });

  it("the manifest parser refuses anything that is not route -> sha256 sources", () => {
    expect(parseCspManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(parseCspManifest(JSON.stringify({ buildId: "b", routes: { "/": ["'unsafe-inline'"] } }))).toBeNull();
    expect(parseCspManifest("{")).toBeNull();
    expect(parseCspManifest(JSON.stringify({ routes: {} }))).toBeNull();
  });
});

describe("the CSP manifest at run time", () => {
  it("a missing manifest is not remembered for good: it is looked for again after MANIFEST_RETRY_MS", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "csp-manifest-"));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      forgetCspManifest();
      expect(loadCspManifest(dir, 0)).toBeNull();
      writeFileSync(path.join(dir, "BUILD_ID"), "b\n");
      writeFileSync(path.join(dir, "csp-manifest.json"), JSON.stringify(manifest));
      expect(loadCspManifest(dir, MANIFEST_RETRY_MS - 1)).toBeNull();
      expect(loadCspManifest(dir, MANIFEST_RETRY_MS)).toEqual(manifest);
      // once read, it stays
      rmSync(path.join(dir, "csp-manifest.json"));
      expect(loadCspManifest(dir, 10 * MANIFEST_RETRY_MS)).toEqual(manifest);
      expect(quiet).toHaveBeenCalledTimes(1);
    } finally {
      forgetCspManifest();
      quiet.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
