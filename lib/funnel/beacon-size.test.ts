import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");

/** What the funnel adds to a marketing page: FunnelBeacon and the beacon it calls, minified (React excluded: the page has it anyway). */
async function gzipBytes(entry: string): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    entryPoints: [path.join(REPO, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    target: "es2022",
    external: ["react", "react/jsx-runtime"],
    alias: { "@": REPO },
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

describe("the funnel's weight on a marketing page", () => {
  it("the beacon and the marketing page's listener are under 1 kB gzip", async () => {
    const { gzip } = await gzipBytes("components/site/FunnelBeacon.tsx");
    expect(gzip).toBeLessThan(1024);
  });
});
