/**
 * Server-side: resolves the staking target from the environment at request time (so one build
 * serves every target) and, for the devnet, reads `.devnet/devnet.json` through its schema.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEVNET_STATE_PATH, parseDevnetState, type DevnetState } from "./devnet-state";
import { parseStakingEnv, resolveTarget, TargetConfigError, type ServerTarget } from "./targets";

async function readDevnetState(): Promise<DevnetState | null> {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DEVNET_STATE_FILE ?? DEVNET_STATE_PATH);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null; // not running
  }
  try {
    return parseDevnetState(text);
  } catch (e) {
    throw new TargetConfigError(e instanceof Error ? e.message : String(e));
  }
}

export type TargetResult = { ok: true; target: ServerTarget } | { ok: false; message: string };

/** Never throws: a misconfiguration becomes a message the layout shows instead of the dApp. */
export async function loadServerTarget(env: Record<string, string | undefined> = process.env): Promise<TargetResult> {
  try {
    const parsed = parseStakingEnv(env);
    const devnet = parsed.STAKING_TARGET === "devnet" ? await readDevnetState() : null;
    return { ok: true, target: resolveTarget(parsed, devnet) };
  } catch (e) {
    if (e instanceof TargetConfigError) return { ok: false, message: e.message };
    throw e;
  }
}
