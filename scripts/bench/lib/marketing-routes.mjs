// Every prerendered page of a build outside the dApp's route group (the marketing site).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { htmlFileFor } from "./script-weight.mjs";

export function marketingRoutes(appDir) {
  const manifestFile = path.join(appDir, ".next", "prerender-manifest.json");
  const appPathsFile = path.join(appDir, ".next", "app-path-routes-manifest.json");
  if (!existsSync(manifestFile) || !existsSync(appPathsFile)) throw new Error("no production build in .next: run `npm run build` first");
  const prerender = JSON.parse(readFileSync(manifestFile, "utf8"));
  const appPaths = JSON.parse(readFileSync(appPathsFile, "utf8"));
  const staking = new Set(Object.entries(appPaths).filter(([k]) => k.startsWith("/(dapp)/")).map(([, v]) => v));
  return Object.entries(prerender.routes)
    .filter(([route, info]) => !staking.has(route) && !staking.has(info.srcRoute ?? "") && route !== "/_global-error")
    .map(([route]) => route)
    .filter((route) => existsSync(htmlFileFor(appDir, route)))
    .sort();
}
