/**
 * The attack suite's servers, started once per worker (the attacks project runs on one worker):
 *
 * - `proxied`: `next start` of this build with the production limits (PRODUCTION_LIMITS: upstream cap,
 *   3 s shared answers, rate limits) and TRUSTED_PROXY_HOPS=1, as behind nginx: each test poses as its own
 *   client by writing X-Forwarded-For as the proxy would, so tests do not share rate-limit buckets.
 *   Its staking backend is a stand-in in front of the devnet's simulator (backend-stand-in.ts).
 * - `direct`: the same with TRUSTED_PROXY_HOPS=0, as exposed directly: every test is the client
 *   127.0.0.1, whatever it writes in X-Forwarded-For. Only the rate-limit tests use it.
 * - `broken`: a server whose devnet state file is unreadable (the configuration-error page) and
 *   whose PostgreSQL does not answer (the funnel with its database down).
 *
 * None of them is the shared e2e server, whose limits are raised for the other suites.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test as base } from "../fixtures/test";
import { getAddress } from "viem";
import { freePort } from "../../scripts/free-port.mjs";
import { startNextServer, type NextServer } from "../fixtures/next-server";
import { startBackendStandIn, type BackendStandIn } from "./backend-stand-in";

export const ATTACK_ADMIN_TOKEN = "attack-suite-admin-token-not-a-secret";

/**
 * The production defaults (lib/config/env.ts, whose test holds them), written out so a change to them
 * shows here; but the staking backend's and the funnel's per-client allowances are smaller (production:
 * 120 a minute and 300 per 5 minutes), so that the floods that spend them are short.
 */
const PRODUCTION_LIMITS = {
  BACKEND_RATE_LIMIT: "40",
  BACKEND_SIGNATURE_LIMIT: "10",
  BACKEND_SIGNATURE_LIMIT_PER_ADDRESS: "5",
  BACKEND_MAX_IN_FLIGHT: "32",
  FUNNEL_RATE_LIMIT: "100",
  CSP_REPORT_RATE_LIMIT: "30",
};

export type AttackServers = { proxied: NextServer; direct: NextServer; broken: NextServer; backend: BackendStandIn };

export const test = base.extend<object, { servers: AttackServers }>({
  servers: [
    async ({ devnet }, use) => {
      const backend = await startBackendStandIn(devnet.backendApiUrl);
      // a port nothing listens on (taken, then released)
      const closedPort = await freePort();
      const common = (dir: string) => ({ ...PRODUCTION_LIMITS, STAKING_TARGET: "devnet", ADMIN_TOKEN: ATTACK_ADMIN_TOKEN, FUNNEL_SQLITE_PATH: path.join(dir, "funnel.sqlite"), DATABASE_URL: "" });
      const [proxied, direct, broken] = await Promise.all([
        startNextServer({ devnet: { ...devnet, backendApiUrl: backend.url }, env: (dir) => ({ ...common(dir), TRUSTED_PROXY_HOPS: "1" }), lifetimeMs: 5 * 60_000 }),
        startNextServer({ env: (dir) => ({ ...common(dir), TRUSTED_PROXY_HOPS: "0" }), lifetimeMs: 5 * 60_000 }),
        startNextServer({
          env: (dir) => {
            const file = path.join(dir, "devnet-state.json");
            writeFileSync(file, "{ this is not the devnet's state");
            // and a PostgreSQL that is not there: the database down from the start
            return { STAKING_TARGET: "devnet", DEVNET_STATE_FILE: file, ADMIN_TOKEN: "", DATABASE_URL: `postgres://funnel@127.0.0.1:${closedPort}/funnel` };
          },
          lifetimeMs: 5 * 60_000,
        }),
      ]);
      await use({ proxied, direct, broken, backend });
      await Promise.all([proxied.stop(), direct.stop(), broken.stop()]);
      await backend.close();
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

export { expect };

/** A client address of its own, as the proxy in front of `proxied` would append it. */
export function newClient(): Record<string, string> {
  const b = randomBytes(3);
  return { "x-forwarded-for": `10.${b[0]}.${b[1]}.${b[2]}` };
}

/** A random address in EIP-55 form (as the proxy asks the backend for it), for paths nobody else reads. */
export function randomAddress(): `0x${string}` {
  return getAddress(`0x${randomBytes(20).toString("hex")}`);
}

/**
 * After each attack: the server still answers a marketing page, a dApp page, and (for a fresh
 * client) the staking backend, normally.
 */
export async function expectStillServing(request: APIRequestContext, server: NextServer, { api = true }: { api?: boolean } = {}): Promise<void> {
  const page = await request.get(`${server.url}/token`);
  expect(page.status(), "/token after the attack").toBe(200);
  expect(await page.text()).toContain("<h1");
  const dapp = await request.get(`${server.url}/mystakes`);
  expect(dapp.status(), "/mystakes after the attack").toBe(200);
  expect(await dapp.text()).toContain("My stakes");
  if (api) {
    const info = await request.get(`${server.url}/api/backend/info`, { headers: newClient() });
    expect(info.status(), "/api/backend/info after the attack").toBe(200);
    expect(((await info.json()) as { network: { nettype: string } }).network.nettype).toBe("devnet");
  }
}
