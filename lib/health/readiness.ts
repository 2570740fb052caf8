/**
 * Is this instance ready for visitors? (`/api/ready`, for a load balancer or a deploy script.)
 * Four checks, each worded for an operator and naming no URL, key or password: the staking
 * configuration is valid; the RPCs answer and serve the target's chain; the staking backend
 * answers; the funnel's PostgreSQL is reachable when DATABASE_URL is set. Checks run at once, each
 * under a deadline; the result is shared for a few seconds (a balancer's probes cost the upstreams
 * nothing more).
 */
import "server-only";
import { withDeadline } from "@/lib/async/deadline";
import { askChainId } from "@/lib/chain/rpc-chain-check";
import { loadServerTarget } from "@/lib/chain/server-target";
import type { ServerTarget } from "@/lib/chain/targets";
import { createBackendClient } from "@/lib/backend/client";
import { serverCache } from "@/lib/server-cache/store";

export type Check = { ok: boolean; detail: string };
export type Readiness = { ready: boolean; checks: { configuration: Check; rpc: Check; backend: Check; database: Check } };

const CHECK_DEADLINE_MS = 3_000;
const SHARED_FOR_MS = 3_000;

async function rpcCheck(target: ServerTarget): Promise<Check> {
  const { rpcUrls, chainId } = target.public;
  const ids = await Promise.all(rpcUrls.map((u) => askChainId(u)));
  const wrong = ids.findIndex((id) => id !== null && id !== chainId);
  if (wrong >= 0) return { ok: false, detail: `RPC ${wrong + 1} of ${rpcUrls.length} serves chain ${ids[wrong]}, not ${chainId}` };
  const answered = ids.filter((id) => id !== null).length;
  if (answered === 0) return { ok: false, detail: `no RPC answered (${rpcUrls.length} configured)` };
  return { ok: true, detail: `${answered} of ${rpcUrls.length} RPCs answer on chain ${chainId}` };
}

async function backendCheck(target: ServerTarget): Promise<Check> {
  try {
    await createBackendClient(target.backendUrl, fetch, { timeoutMs: CHECK_DEADLINE_MS }).getInfo();
    return { ok: true, detail: "answering" };
  } catch (e) {
    // lib/backend's sentences name what failed, never the URL
    return { ok: false, detail: e instanceof Error ? e.message : "no usable answer" };
  }
}

export type DatabasePing = () => Promise<void>;

async function databaseCheck(env: Record<string, string | undefined>, ping: DatabasePing): Promise<Check> {
  if (!env.DATABASE_URL?.trim()) return { ok: true, detail: "not configured (the funnel counts into its SQLite file)" };
  try {
    await withDeadline(CHECK_DEADLINE_MS, () => ping(), { what: "PostgreSQL" });
    return { ok: true, detail: "PostgreSQL reachable" };
  } catch {
    return { ok: false, detail: "PostgreSQL unreachable" };
  }
}

async function check(env: Record<string, string | undefined>, ping: DatabasePing): Promise<Readiness> {
  const loaded = await loadServerTarget(env, { checkRpcChain: false });
  const database = databaseCheck(env, ping);
  if (!loaded.ok) {
    const skipped = { ok: false, detail: "not checked: the configuration is invalid" };
    // the message may quote a setting's value (a URL): the dApp's pages show it, this endpoint does not
    return { ready: false, checks: { configuration: { ok: false, detail: "invalid or the devnet is not running (the dApp pages say which setting)" }, rpc: skipped, backend: skipped, database: await database } };
  }
  const [rpc, backend] = await Promise.all([rpcCheck(loaded.target), backendCheck(loaded.target)]);
  const checks = { configuration: { ok: true, detail: `valid (${loaded.target.public.chainName})` }, rpc, backend, database: await database };
  return { ready: Object.values(checks).every((c) => c.ok), checks };
}

export function readiness(ping: DatabasePing, env: Record<string, string | undefined> = process.env): Promise<Readiness> {
  return serverCache<Readiness>().get("readiness", () => check(env, ping), { isFresh: (m, _v, now) => now - m.loadedAt < SHARED_FOR_MS });
}
