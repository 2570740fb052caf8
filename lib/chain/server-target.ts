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
import { sharedMap } from "@/lib/async/shared-map";
import { parseDevnetState, type DevnetState } from "./devnet-state";
import { rpcChainMismatch } from "./rpc-chain-check";
import { parseStakingEnv, resolveTarget, TargetConfigError, type ServerTarget } from "./targets";

/** The devnet state without its accounts and vesting list (the app finds vesting contracts through the backend): everything the app needs, no key. */
async function readDevnetState(stateFile: string): Promise<Omit<DevnetState, "accounts" | "vesting"> | null> {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), stateFile);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null; // not running
  }
  try {
    const { chainId, rpcUrl, backendApiUrl, contracts, startedAt } = parseDevnetState(text);
    return { chainId, rpcUrl, backendApiUrl, contracts, startedAt };
  } catch (e) {
    // the file's path and the parser's words go to the server's log only (logConfigProblem)
    throw new TargetConfigError("The devnet's state file is invalid: restart the devnet (`npm run devnet`).", e instanceof Error ? e.message : String(e));
  }
}

const logged = sharedMap<string, true>("config-problems-logged");

/**
 * The visitor reads the short sentence; the operator finds the details (a file path, an RPC's URL)
 * in the server's log, once per distinct problem so that a misconfigured busy server does not
 * flood it.
 */
function logConfigProblem(message: string, detail: string | undefined): void {
  const line = detail ? `${message} (${detail})` : message;
  if (logged.has(line) || logged.size > 100) return;
  logged.set(line, true);
  console.error(`staking configuration: ${line}`);
}

export type TargetResult = { ok: true; target: ServerTarget } | { ok: false; message: string };

export type LoadTargetOptions = {
  /**
   * Ask each RPC for its eth_chainId and refuse a wrong chain (remembered for minutes). The pages
   * do; the /api/backend proxy and the CSP, which never touch the chain, skip it.
   */
  checkRpcChain?: boolean;
};

/**
 * Never throws: a misconfiguration becomes a message the layout shows instead of the dApp, which
 * names the setting and what is wrong with it but no URL, key or file path. `env` defaults to the
 * server's own, parsed once (lib/config/env.ts).
 */
export async function loadServerTarget(env?: Record<string, string | undefined>, options: LoadTargetOptions = {}): Promise<TargetResult> {
  try {
    const parsed = parseStakingEnv(env);
    const devnet = parsed.STAKING_TARGET === "devnet" ? await readDevnetState(parsed.DEVNET_STATE_FILE) : null;
    const target = resolveTarget(parsed, devnet);
    if (options.checkRpcChain ?? true) {
      const mismatch = await rpcChainMismatch(target.public);
      if (mismatch) {
        logConfigProblem(mismatch.message, mismatch.detail);
        return { ok: false, message: mismatch.message };
      }
    }
    return { ok: true, target };
  } catch (e) {
    if (!(e instanceof TargetConfigError)) throw e;
    logConfigProblem(e.message, e.detail);
    return { ok: false, message: e.message };
  }
}
