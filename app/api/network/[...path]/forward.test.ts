import { describe, expect, it } from "vitest";
import { forwardToBackend } from "./forward";

const network = {
  active_node_count: 2, block_hash: "ab", block_height: 10, block_timestamp: 1_700_000_000, hard_fork: 21, immutable_block_hash: "cd", immutable_block_height: 8,
  max_stakers: 10, median_operator_fee: 0, min_operator_contribution: 6_250_000_000_000, nettype: "mainnet", node_count: 2, pulse_target_timestamp: 1_700_000_120,
  staking_requirement: 25_000_000_000_000, version: "11.2.0",
};
const WHALE = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const FLASK_404 = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n";

function upstream(status: number, body: string, type = "application/json") {
  const calls: { url: string; method: string }[] = [];
  const impl = async (url: string, init: { method: string }) => {
    calls.push({ url, method: init.method });
    return new Response(body, { status, headers: { "content-type": type } });
  };
  return { impl, calls };
}

describe("the network API proxy", () => {
  it("passes a valid answer on as the backend's own text, so amounts above 2^53 keep every digit", async () => {
    const text = `{"network": ${JSON.stringify(network)}, "t": 1, "rewards": {"amount": 9500000123456789, "lifetime_liquidated_stakes": 0, "lifetime_locked_stakes": 0, "lifetime_rewards": 9500000123456789, "lifetime_unlocked_stakes": 0, "locked_stakes": 0, "timelocked_stakes": 0, "claimed_stakes": 0, "claimed_rewards": 9498765555566789}}`;
    const { impl, calls } = upstream(200, text);
    const res = await forwardToBackend("GET", `rewards/${WHALE}`, "https://backend.example/", impl);
    expect(calls).toEqual([{ url: `https://backend.example/rewards/${WHALE}`, method: "GET" }]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.text()).toBe(text);
  });

  it("answers the backend's HTML error pages with JSON of its own and the backend's status", async () => {
    for (const status of [400, 404, 408, 500, 504]) {
      const { impl } = upstream(status, FLASK_404, "text/html; charset=utf-8");
      const res = await forwardToBackend("GET", `exit/${"ab".repeat(32)}`, "https://backend.example", impl);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ error: `The staking backend answered HTTP ${status}.`, upstream_status: status });
    }
  });

  it("refuses an answer that is not JSON or not in the endpoint's shape with 502, naming the field", async () => {
    const html = upstream(200, FLASK_404, "text/html");
    const res = await forwardToBackend("GET", "info", "https://backend.example", html.impl);
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: "The staking backend sent an unreadable answer." });
    const empty = upstream(200, JSON.stringify({ network: { ...network, staking_requirement: "" }, t: 1 }));
    const bad = await forwardToBackend("GET", "info", "https://backend.example", empty.impl);
    expect(bad.status).toBe(502);
    expect(((await bad.json()) as { error: string }).error).toBe(
      'The staking backend sent the network status in an unexpected shape (network.staking_requirement: must be a whole non-negative amount (got "")).',
    );
  });

  it("says 504 when the backend does not answer, 404 for a path off the allow-list without asking it", async () => {
    const down = await forwardToBackend("GET", "info", "https://backend.example", async () => {
      throw new TypeError("fetch failed");
    });
    expect(down.status).toBe(504);
    expect(await down.json()).toEqual({ error: "The staking backend did not answer." });
    const { impl, calls } = upstream(200, "{}");
    expect((await forwardToBackend("GET", "contract/abis", "https://backend.example", impl)).status).toBe(404);
    expect(calls).toHaveLength(0);
  });
});
