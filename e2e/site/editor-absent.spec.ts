import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * The browser editor is not part of a production build (it saves to disk: lib/editor/enabled.mjs):
 * its addresses are the site's 404, under the same CSP and security headers as every page, and
 * none of its code was built.
 */
test("the production build has no editor: /keystatic and its API answer 404 with the security headers", async ({ request }) => {
  for (const route of ["/keystatic", "/keystatic/singleton/pages-staking", "/api/keystatic/tree"]) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(404);
    const headers = res.headers();
    expect(headers["content-security-policy"], route).toMatch(/default-src/);
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["x-frame-options"], route).toBe("DENY");
  }
  const update = await request.post("/api/keystatic/update", { headers: { "no-cors": "1", "content-type": "application/json" }, data: { additions: [], deletions: [] } });
  expect(update.status()).toBe(404);
});

test("no route and no script of the build comes from the editor", () => {
  const routes = Object.keys(JSON.parse(readFileSync(".next/app-path-routes-manifest.json", "utf8")) as Record<string, string>);
  expect(routes.length).toBeGreaterThan(10);
  expect(routes.filter((r) => r.includes("keystatic"))).toEqual([]);
  // a string of Keystatic's UI that minifying keeps: any chunk built from the editor would hold it
  const marker = "keystatic-cloud-access-token";
  expect(readFileSync("node_modules/@keystatic/core/dist/keystatic-core-ui.js", "utf8")).toContain(marker);
  const chunks = path.join(".next", "static", "chunks");
  const withEditor = readdirSync(chunks, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .filter((f) => readFileSync(path.join(chunks, f), "utf8").includes(marker));
  expect(withEditor).toEqual([]);
});
