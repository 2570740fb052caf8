/**
 * Server-side: resolves the staking target from the environment at request time (so one build
 * serves every target) and, for the devnet, reads `.devnet/devnet.json` through its schema.
 * That file holds the devnet accounts' private keys: this module is server-only (Next refuses to
 * bundle it for the browser), and the accounts are dropped as soon as the file is parsed, so no
 * value it returns can carry a key into a page.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEVNET_STATE_PATH, parseDevnetState, type DevnetState } from "./devnet-state";
import { rpcChainMismatch } from "./rpc-chain-check";
import { parseStakingEnv, resolveTarget, TargetConfigError, type ServerTarget } from "./targets";

/** The devnet state without its accounts: everything the app needs, no key. */
async function readDevnetState(): Promise<Omit<DevnetState, "accounts"> | null> {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DEVNET_STATE_FILE ?? DEVNET_STATE_PATH);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null; // not running
  }
  try {
    const { chainId, rpcUrl, networkApiUrl, contracts, startedAt } = parseDevnetState(text);
    return { chainId, rpcUrl, networkApiUrl, contracts, startedAt };
  } catch (e) {
    throw new TargetConfigError(e instanceof Error ? e.message : String(e));
  }
}

export type TargetResult = { ok: true; target: ServerTarget } | { ok: false; message: string };

export type LoadTargetOptions = {
  /**
   * Ask each RPC for its eth_chainId and refuse a wrong chain (remembered for minutes). The pages
   * do; the /api/network proxy and the CSP, which never touch the chain, skip it.
   */
  checkRpcChain?: boolean;
};

/** Never throws: a misconfiguration becomes a message the layout shows instead of the dApp. */
export async function loadServerTarget(env: Record<string, string | undefined> = process.env, options: LoadTargetOptions = {}): Promise<TargetResult> {
  try {
    const parsed = parseStakingEnv(env);
    const devnet = parsed.STAKING_TARGET === "devnet" ? await readDevnetState() : null;
    const target = resolveTarget(parsed, devnet);
    if (options.checkRpcChain ?? true) {
      const mismatch = await rpcChainMismatch(target.public);
      if (mismatch) return { ok: false, message: mismatch };
    }
    return { ok: true, target };
  } catch (e) {
    if (e instanceof TargetConfigError) return { ok: false, message: e.message };
    throw e;
  }
}
