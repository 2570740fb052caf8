import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newestPostPath } from "./site-routes";

/**
 * Strings that the wallet libraries' minified code keeps (version strings of their error classes,
 * RainbowKit's DOM attribute). The first test proves they really occur in this build's chunks (the
 * dApp ships them), so their absence from marketing pages means something.
 */
const MARKERS = {
  viem: "viem@", // viem's BaseError: `Version: viem@x.y.z`
  wagmi: "wagmi@", // wagmi's BaseError version getter: "wagmi@x.y.z"
  "@wagmi/core": "@wagmi/core@",
  RainbowKit: "data-rk", // RainbowKit scopes its styles with a data-rk attribute
} as const;

function buildChunks(): { file: string; text: string }[] {
  const dir = path.join(process.cwd(), ".next", "static", "chunks");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith(".js")) files.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return files.map((file) => ({ file, text: readFileSync(file, "utf8") }));
}

test("the markers occur in the build's chunks (the dApp ships wallet code)", () => {
  const chunks = buildChunks();
  for (const [lib, marker] of Object.entries(MARKERS)) {
    expect(chunks.some((c) => c.text.includes(marker)), `${lib} marker ${marker}`).toBe(true);
  }
});

for (const which of ["home", "blog post"] as const) {
  test(`no script loaded by the ${which} contains wagmi, viem or RainbowKit code`, async ({ page }) => {
    const target = which === "home" ? "/" : await newestPostPath();
    const scripts: { url: string; body: string }[] = [];
    const pending: Promise<void>[] = [];
    page.on("response", (r) => {
      const type = r.request().resourceType();
      if (type === "script" || r.url().endsWith(".js") || (r.headers()["content-type"] ?? "").includes("javascript")) {
        pending.push(r.text().then((body) => void scripts.push({ url: r.url(), body }), () => undefined));
      }
    });
    await page.goto(target, { waitUntil: "networkidle" });
    // interact like a visitor (theme toggle, menu) in case anything loads on demand
    await page.getByRole("button", { name: /Switch to (light|dark) theme/ }).click();
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    expect(scripts.length).toBeGreaterThan(0);
    const found = scripts.flatMap((s) =>
      Object.entries(MARKERS)
        .filter(([, marker]) => s.body.includes(marker))
        .map(([lib]) => `${lib} in ${s.url}`),
    );
    expect(found).toEqual([]);
  });
}
