import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { handleBackendRequest, type BackendRequest } from "./handle";
import { createBackendLimits } from "./limits";
import type { ForwardOptions } from "./forward";

const BACKEND = "https://backend.example";
const WHALE = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const network = {
  active_node_count: 2, block_hash: "ab", block_height: 10, block_timestamp: 1_700_000_000, hard_fork: 21, immutable_block_hash: "cd", immutable_block_height: 8,
  max_stakers: 10, median_operator_fee: 0, min_operator_contribution: 6_250_000_000_000, nettype: "mainnet", node_count: 2, pulse_target_timestamp: 1_700_000_120,
  staking_requirement: 25_000_000_000_000, version: "11.2.0",
};
const INFO = JSON.stringify({ network, t: 1 });

function request(method: string, path: string, from = "192.0.2.1", headers: Record<string, string> = {}): BackendRequest {
  return { method, path, headers: new Headers({ [PEER_ADDRESS_HEADER]: from, "sec-fetch-site": "same-origin", ...headers }) };
}

function backend(answer = () => new Response(INFO, { status: 200 })) {
  let calls = 0;
  const fetchImpl: ForwardOptions["fetchImpl"] = async () => {
    calls++;
    return answer();
  };
  return { fetchImpl, calls: () => calls };
}

describe("the staking backend proxy's limits", () => {
  it("a client gets BACKEND_RATE_LIMIT requests a minute whatever X-Forwarded-For it sends, then 429 with Retry-After", async () => {
    const limits = createBackendLimits({ BACKEND_RATE_LIMIT: "5" });
    const up = backend();
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await handleBackendRequest(request("GET", "info", "192.0.2.1", { "x-forwarded-for": `203.0.113.${i}` }), BACKEND, limits, up)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await handleBackendRequest(request("GET", "info"), BACKEND, limits, up);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many requests to the staking backend from your address; try again in \d+ s\.$/) });
    // another client is not affected
    expect((await handleBackendRequest(request("GET", "info", "192.0.2.2"), BACKEND, limits, up)).status).toBe(200);
  });

  it("behind one trusted proxy, the address it appended is the client", async () => {
    const limits = createBackendLimits({ BACKEND_RATE_LIMIT: "1", TRUSTED_PROXY_HOPS: "1" });
    const up = backend();
    const via = (client: string) => request("GET", "info", "127.0.0.1", { "x-forwarded-for": `6.6.6.6, ${client}` });
    expect((await handleBackendRequest(via("198.51.100.1"), BACKEND, limits, up)).status).toBe(200);
    expect((await handleBackendRequest(via("198.51.100.1"), BACKEND, limits, up)).status).toBe(429);
    expect((await handleBackendRequest(via("198.51.100.2"), BACKEND, limits, up)).status).toBe(200);
  });

  it("claim signatures: limited per client and per address, tighter than reads", async () => {
    const limits = createBackendLimits({ BACKEND_SIGNATURE_LIMIT: "3", BACKEND_SIGNATURE_LIMIT_PER_ADDRESS: "2" });
    const up = backend(() => new Response("<h1>Not Found</h1>", { status: 404 }));
    const sign = (address: string, from = "192.0.2.1") => handleBackendRequest(request("POST", `rewards/${address}`, from), BACKEND, limits, up).then((r) => r.status);
    const other = "0x" + "ab".repeat(20);
    // the same address from two clients: its own limit
    expect([await sign(WHALE), await sign(WHALE.toLowerCase(), "192.0.2.9"), await sign(WHALE, "192.0.2.10")]).toEqual([404, 404, 429]);
    // one client, other addresses: the client's limit (3 in all, one spent above)
    expect([await sign(other), await sign("0x" + "cd".repeat(20)), await sign("0x" + "ef".repeat(20))]).toEqual([404, 404, 429]);
    expect(up.calls()).toBe(4);
  });

  it("503 with Retry-After when BACKEND_MAX_IN_FLIGHT backend calls are running", async () => {
    const limits = createBackendLimits({ BACKEND_MAX_IN_FLIGHT: "2" });
    const releases: (() => void)[] = [];
    const fetchImpl: ForwardOptions["fetchImpl"] = () => new Promise((resolve) => releases.push(() => resolve(new Response(INFO, { status: 200 }))));
    const running = ["stakes/" + WHALE, "rewards/" + WHALE].map((p) => handleBackendRequest(request("GET", p), BACKEND, limits, { fetchImpl }));
    const busy = await handleBackendRequest(request("GET", "info"), BACKEND, limits, { fetchImpl });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(await busy.json()).toEqual({ error: "The staking backend is busy; try again in a moment." });
    releases.forEach((r) => r());
    await Promise.all(running);
  });

  it("the refusals that need no backend still cost the client its rate (a flood of garbage is a flood)", async () => {
    const limits = createBackendLimits({ BACKEND_RATE_LIMIT: "2" });
    const up = backend();
    const statuses = [];
    for (const p of ["../../etc/passwd", "nodes", "info?x=1"]) statuses.push((await handleBackendRequest(request("GET", p), BACKEND, limits, up)).status);
    expect(statuses).toEqual([404, 404, 429]);
    expect(up.calls()).toBe(0);
  });
});
