import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, describeError, logRateLimited, logServerError, logUpstreamFailure } from "./logger";
import { requestIdFrom } from "./request-id";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { log: createLogger(stream), lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("server logs", () => {
  it("one JSON line per event with its request id, level and event name", () => {
    const { log, lines } = capture();
    logRateLimited({ requestId: "req-12345678", limiter: "funnel events" }, log);
    logUpstreamFailure({ upstream: "backend", read: "/nodes", error: new Error("HTTP 502"), requestId: "req-abcdefgh" }, log);
    logServerError({ requestId: "req-zzzzzzzz", method: "GET", path: "/stake", error: new TypeError("boom") }, log);
    const [rate, upstream, server] = lines();
    expect(rate).toMatchObject({ level: "warn", event: "rate_limited", limiter: "funnel events", requestId: "req-12345678", service: "session-token-site" });
    expect(upstream).toMatchObject({ level: "warn", event: "upstream_failure", upstream: "backend", read: "/nodes", requestId: "req-abcdefgh", error: { name: "Error", message: "HTTP 502" } });
    expect(server).toMatchObject({ level: "error", event: "server_error", path: "/stake", error: { name: "TypeError", message: "boom" } });
    expect(typeof server?.time).toBe("string");
  });

  it("a burst of rate-limit hits writes one line per limiter and 10 s, with the hits it left out", () => {
    const { log, lines } = capture();
    for (let i = 0; i < 500; i++) logRateLimited({ requestId: `req-${String(i).padStart(8, "0")}`, limiter: "burst test" }, log, 1_000 + i);
    logRateLimited({ limiter: "burst test" }, log, 11_000);
    expect(lines().map((l) => [l.requestId, l.hitsBefore])).toEqual([
      ["req-00000000", 0],
      [undefined, 499],
    ]);
  });

  it("an error's URLs are cut to their host: an RPC key in a path or query never reaches a log", () => {
    const e = new Error('HTTP request failed.\nURL: https://arb-mainnet.example.com/v2/SECRETKEY123?apikey=abc Request body: {"method":"eth_call"}');
    const { message } = describeError(e);
    expect(message).toContain("<arb-mainnet.example.com>");
    expect(message).not.toContain("SECRETKEY123");
    expect(message).not.toContain("apikey");
  });

  it("a request id from nginx is kept when well formed; anything else is replaced by a fresh one", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0" }))).toBe("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    for (const bad of ["", "short", "a b c d e f g h", "x".repeat(65), "<script>alert(1)</script>"]) {
      const id = requestIdFrom(new Headers(bad ? { "x-request-id": bad } : {}));
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
