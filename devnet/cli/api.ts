/** Shared by the devnet CLI scripts: finds the running simulator and posts to its controls. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEVNET_STATE_PATH, parseDevnetState } from "@/lib/chain/devnet-state";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function backendApiUrl(): string {
  if (process.env.DEVNET_API_URL) return process.env.DEVNET_API_URL;
  try {
    return parseDevnetState(readFileSync(join(repoRoot, DEVNET_STATE_PATH), "utf8")).backendApiUrl;
  } catch {
    return "http://127.0.0.1:8546";
  }
}

export async function postControl(path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const url = `${backendApiUrl()}${path}`;
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    fail(`The devnet is not running (nothing answers on ${url}). Start it with \`npm run devnet\`.`);
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) fail(`${url} answered ${res.status}: ${String(json.error ?? "no details")}`);
  return json;
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
