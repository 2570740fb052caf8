import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearRegistryCache, getRegistry, registryCacheMs } from "./cached-registry";

/** A stand-in staking backend that answers /nodes with the real backend's fixture, slowly, and counts. */
const NODES = readFileSync(new URL("./__fixtures__/nodes.json", import.meta.url), "utf8");
let server: Server;
let backend: string;
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
  backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  clearRegistryCache();
  nodesRequests = 0;
  answer = () => ({ status: 200, body: NODES });
});

describe("the server's shared registry", () => {
  it("serves a burst of 200 concurrent page loads with one backend request, all with the same parsed answer", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => getRegistry(backend)));
    expect(nodesRequests).toBe(1);
    const expectedIds = (JSON.parse(NODES) as { nodes: { contract_id: number }[] }).nodes.map((n) => n.contract_id);
    for (const a of answers) expect(a.nodes.map((n) => n.contract_id)).toEqual(expectedIds);
    // and the next 200, within the cache's lifetime, ask nothing more
    await Promise.all(Array.from({ length: 200 }, () => getRegistry(backend)));
    expect(nodesRequests).toBe(1);
  });

  it("does not remember a failure: the next request asks the backend again and recovers", async () => {
    answer = () => ({ status: 500, body: "<h1>Internal Server Error</h1>" });
    const failures = await Promise.allSettled(Array.from({ length: 50 }, () => getRegistry(backend)));
    expect(failures.every((f) => f.status === "rejected")).toBe(true);
    expect(nodesRequests).toBe(1);
    expect(String((failures[0] as PromiseRejectedResult).reason)).toContain("The network API failed (HTTP 500) while loading the node list");
    answer = () => ({ status: 200, body: NODES });
    expect((await getRegistry(backend)).nodes.length).toBeGreaterThan(0);
    expect(nodesRequests).toBe(2);
  });

  it("keeps one cache per backend", async () => {
    await getRegistry(backend);
    await getRegistry(`${backend}/`).catch(() => undefined); // another key, another request
    expect(nodesRequests).toBe(2);
  });

  it("REGISTRY_CACHE_MS: 15 s by default, 0 to 300000 accepted, anything else falls back to the default", () => {
    expect(registryCacheMs({})).toBe(15_000);
    expect(registryCacheMs({ REGISTRY_CACHE_MS: "0" })).toBe(0);
    expect(registryCacheMs({ REGISTRY_CACHE_MS: "2500" })).toBe(2_500);
    // a wrong value is a configuration error (the server does not start with it), not a silent default
    for (const bad of ["-1", "1.5", "abc", "300001"]) expect(() => registryCacheMs({ REGISTRY_CACHE_MS: bad })).toThrow("REGISTRY_CACHE_MS must be");
  });
});
