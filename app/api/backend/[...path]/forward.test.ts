import { describe, expect, it } from "vitest";
import { forwardToBackend, MAX_ANSWER_BYTES, type ForwardOptions } from "./forward";

const network = {
  active_node_count: 2, block_hash: "ab", block_height: 10, block_timestamp: 1_700_000_000, hard_fork: 21, immutable_block_hash: "cd", immutable_block_height: 8,
  max_stakers: 10, median_operator_fee: 0, min_operator_contribution: 6_250_000_000_000, nettype: "mainnet", node_count: 2, pulse_target_timestamp: 1_700_000_120,
  staking_requirement: 25_000_000_000_000, version: "11.2.0",
};
const WHALE = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const FLASK_404 = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server.</p>\n";
const BACKEND = "https://backend.example";

function upstream(status: number, body: string, type = "application/json") {
  const calls: { url: string; method: string }[] = [];
  const fetchImpl: ForwardOptions["fetchImpl"] = async (url, init) => {
    calls.push({ url, method: init.method });
    return new Response(body, { status, headers: { "content-type": type } });
  };
  return { fetchImpl, calls };
}

/** A browser request as our own page sends it (Sec-Fetch-Site: same-origin). */
function incoming(method: string, path: string, headers: Record<string, string> = { "sec-fetch-site": "same-origin" }) {
  return { method, path, headers: new Headers(headers) };
}

async function expectJson(res: Response, status: number, body: unknown) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await res.json()).toEqual(body);
}

describe("the staking backend proxy", () => {
  it("passes a valid answer on as the backend's own text, so amounts above 2^53 keep every digit", async () => {
    const text = `{"network": ${JSON.stringify(network)}, "t": 1, "rewards": {"amount": 9500000123456789, "lifetime_liquidated_stakes": 0, "lifetime_locked_stakes": 0, "lifetime_rewards": 9500000123456789, "lifetime_unlocked_stakes": 0, "locked_stakes": 0, "timelocked_stakes": 0, "claimed_stakes": 0, "claimed_rewards": 9498765555566789}}`;
    const { fetchImpl, calls } = upstream(200, text);
    const res = await forwardToBackend(incoming("GET", `rewards/${WHALE}`), `${BACKEND}/`, { fetchImpl });
    expect(calls).toEqual([{ url: `${BACKEND}/rewards/${WHALE}`, method: "GET" }]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.text()).toBe(text);
  });

  it("answers the backend's HTML error pages with JSON of its own and the backend's status", async () => {
    for (const status of [400, 404, 408, 500, 504]) {
      const { fetchImpl } = upstream(status, FLASK_404, "text/html; charset=utf-8");
      const res = await forwardToBackend(incoming("GET", `exit/${"ab".repeat(32)}`), BACKEND, { fetchImpl });
      await expectJson(res, status, { error: `The staking backend answered HTTP ${status}.`, upstream_status: status });
    }
  });

  it("404: a path off the allow-list, without asking the backend", async () => {
    const { fetchImpl, calls } = upstream(200, "{}");
    await expectJson(await forwardToBackend(incoming("GET", "contract/abis"), BACKEND, { fetchImpl }), 404, { error: "Unknown staking backend path." });
    await expectJson(await forwardToBackend(incoming("GET", "nodes"), BACKEND, { fetchImpl }), 404, { error: "Unknown staking backend path." });
    expect(calls).toHaveLength(0);
  });

  it("403: a claim-signature POST from another site (or with no origin at all), without asking the backend", async () => {
    const { fetchImpl, calls } = upstream(200, "{}");
    const path = `rewards/${WHALE}`;
    const refused = { error: "Cross-site requests to the staking backend are refused." };
    await expectJson(await forwardToBackend(incoming("POST", path, { "sec-fetch-site": "cross-site" }), BACKEND, { fetchImpl }), 403, refused);
    await expectJson(await forwardToBackend(incoming("POST", path, { "sec-fetch-site": "same-site" }), BACKEND, { fetchImpl }), 403, refused);
    await expectJson(await forwardToBackend(incoming("POST", path, { origin: "https://evil.example", host: "token.getsession.org" }), BACKEND, { fetchImpl }), 403, refused);
    await expectJson(await forwardToBackend(incoming("POST", path, {}), BACKEND, { fetchImpl }), 403, refused);
    expect(calls).toHaveLength(0);
    // our own page: Sec-Fetch-Site, or (older browsers) an Origin naming our host
    const sig = upstream(404, FLASK_404, "text/html");
    expect((await forwardToBackend(incoming("POST", path), BACKEND, { fetchImpl: sig.fetchImpl })).status).toBe(404);
    expect((await forwardToBackend(incoming("POST", path, { origin: "https://token.getsession.org", host: "token.getsession.org" }), BACKEND, { fetchImpl: sig.fetchImpl })).status).toBe(404);
    expect(sig.calls).toEqual([{ url: `${BACKEND}/${path}`, method: "POST" }, { url: `${BACKEND}/${path}`, method: "POST" }]);
  });

  it("413: a request carrying a body (no endpoint takes one), without asking the backend", async () => {
    const { fetchImpl, calls } = upstream(200, "{}");
    const res = await forwardToBackend(incoming("POST", `rewards/${WHALE}`, { "sec-fetch-site": "same-origin", "content-length": "1048576" }), BACKEND, { fetchImpl });
    await expectJson(res, 413, { error: "The staking backend takes no request body." });
    expect(calls).toHaveLength(0);
  });

  it("502: an answer over the size limit, by its Content-Length or by what arrives, without reading the rest", async () => {
    const big = upstream(200, "x".repeat(2_000));
    const limited = await forwardToBackend(incoming("GET", "info"), BACKEND, { fetchImpl: big.fetchImpl, maxAnswerBytes: 1_000 });
    await expectJson(limited, 502, { error: "The staking backend sent an answer larger than 1000 bytes." });
    // a streamed answer without a length: reading stops at the limit and the stream is cancelled
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    const res = await forwardToBackend(incoming("GET", "info"), BACKEND, { fetchImpl: async () => new Response(endless, { status: 200 }) });
    await expectJson(res, 502, { error: `The staking backend sent an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB.` });
    expect(cancelled).toBe(true);
    expect(pulled * 64 * 1024).toBeLessThanOrEqual(MAX_ANSWER_BYTES + 3 * 64 * 1024);
  });

  it("502: an unreachable backend, an answer that is not JSON, or not in the endpoint's shape (naming the field)", async () => {
    const down = await forwardToBackend(incoming("GET", "info"), BACKEND, {
      fetchImpl: async () => {
        throw new TypeError("fetch failed");
      },
    });
    await expectJson(down, 502, { error: "The staking backend could not be reached." });
    const html = upstream(200, FLASK_404, "text/html");
    await expectJson(await forwardToBackend(incoming("GET", "info"), BACKEND, { fetchImpl: html.fetchImpl }), 502, { error: "The staking backend sent an unreadable answer." });
    const empty = upstream(200, JSON.stringify({ network: { ...network, staking_requirement: "" }, t: 1 }));
    await expectJson(await forwardToBackend(incoming("GET", "info"), BACKEND, { fetchImpl: empty.fetchImpl }), 502, {
      error: 'The staking backend sent the network status in an unexpected shape (network.staking_requirement: must be a whole non-negative amount (got "")).',
    });
  });

  it("504: a backend that does not answer within the deadline, whose request is aborted", async () => {
    let aborted = false;
    const hanging: ForwardOptions["fetchImpl"] = (_url, init) =>
      new Promise<Response>((_, reject) => {
        init.signal.addEventListener("abort", () => {
          aborted = true;
          reject(init.signal.reason);
        });
      });
    const started = Date.now();
    const res = await forwardToBackend(incoming("GET", "info"), BACKEND, { fetchImpl: hanging, timeoutMs: 100 });
    await expectJson(res, 504, { error: "The staking backend did not answer within 0.1 s." });
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
