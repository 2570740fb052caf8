import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ServerTarget } from "@/lib/chain/targets";
import { serverCache } from "@/lib/server-cache/store";
import { getRegistry } from "./cached-registry";
import { forgetServerEnv } from "@/lib/config/env";

/** A stand-in staking backend that answers /nodes with the real backend's fixture, slowly, and counts. */
const NODES = readFileSync(new URL("./__fixtures__/nodes.json", import.meta.url), "utf8");
let server: Server;
let target: ServerTarget;
let nodesRequests = 0;
let answer: () => { status: number; body: string } = () => ({ status: 200, body: NODES });

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== "/nodes") return void res.writeHead(404).end();
    nodesRequests++;
    const { status, body } = answer();
    // slow enough that the whole burst arrives while the first request is in flight
    setTimeout(() => res.writeHead(status, { "content-type": status === 200 ? "application/json" : "text/html" }).end(body), 150);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const backendUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // an Arbitrum One target: its answers follow BACKEND_CACHE_MS only (no chain is asked: port 9 refuses)
  target = { backendUrl, public: { name: "arbitrum-one", chainId: 42161, rpcUrls: ["http://127.0.0.1:9"] } as ServerTarget["public"] };
});
afterAll(async () => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  serverCache().clear();
  nodesRequests = 0;
  answer = () => ({ status: 200, body: NODES });
});

describe("the server's shared registry", () => {
  it("serves a burst of 200 concurrent page loads with one backend request, all with the same parsed answer", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => getRegistry(target)));
    expect(nodesRequests).toBe(1);
    const expectedIds = (JSON.parse(NODES) as { nodes: { contract_id: number }[] }).nodes.map((n) => n.contract_id);
    for (const a of answers) expect(a.nodes.map((n) => n.contract_id)).toEqual(expectedIds);
    // and the next 200, within the cache's lifetime, ask nothing more
    await Promise.all(Array.from({ length: 200 }, () => getRegistry(target)));
    expect(nodesRequests).toBe(1);
  });

  it("a failure reaches the backend once, is given to the pages meanwhile (never as data), and ends when the backend answers", async () => {
    answer = () => ({ status: 500, body: "<h1>Internal Server Error</h1>" });
    const failures = await Promise.allSettled(Array.from({ length: 50 }, () => getRegistry(target)));
    expect(failures.every((f) => f.status === "rejected")).toBe(true);
    expect(nodesRequests).toBe(1);
    expect(String((failures[0] as PromiseRejectedResult).reason)).toContain("The staking backend failed (HTTP 500) while loading the node list");
    answer = () => ({ status: 200, body: NODES });
    // asked again only once the failure's short memory (2 s) has passed, however often the pages ask
    await expect.poll(async () => (await getRegistry(target).catch(() => null))?.nodes.length ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(nodesRequests).toBe(2);
  });

  it("keeps one answer per backend", async () => {
    await getRegistry(target);
    await getRegistry({ ...target, backendUrl: `${target.backendUrl}/` }).catch(() => undefined); // another key, another request
    expect(nodesRequests).toBe(2);
  });

  it("BACKEND_CACHE_MS=0 (and no stale answers, as on the devnet): every page load asks, but one request in flight at a time", async () => {
    process.env.BACKEND_CACHE_MS = "0";
    forgetServerEnv(); // the schema reads process.env once; this case changes it
    const devnet = { ...target, public: { ...target.public, name: "devnet" as const } };
    try {
      await Promise.all(Array.from({ length: 20 }, () => getRegistry(devnet)));
      expect(nodesRequests).toBe(1);
      await getRegistry(devnet);
      expect(nodesRequests).toBe(2);
    } finally {
      delete process.env.BACKEND_CACHE_MS;
      forgetServerEnv();
    }
  });
});
