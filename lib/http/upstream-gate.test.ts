import { describe, expect, it } from "vitest";
import { ClientGone, UpstreamGate, type UpstreamAnswer } from "./upstream-gate";

const ok = (body = "{}"): UpstreamAnswer => ({ status: 200, body });

/** An upstream whose calls wait until released, recording each call and whether it was aborted. */
function heldUpstream() {
  const calls: { key: string; aborted: boolean; release: (a: UpstreamAnswer) => void }[] = [];
  const call = (key: string) => (signal: AbortSignal) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const entry = { key, aborted: false, release: resolve };
      calls.push(entry);
      signal.addEventListener("abort", () => {
        entry.aborted = true;
        reject(signal.reason);
      });
    });
  return { calls, call };
}

describe("the upstream gate", () => {
  it("a burst of the same read makes one call, whose answer every request gets, then kept for ttl", async () => {
    let now = 0;
    const gate = new UpstreamGate({ maxInFlight: 4, ttlMs: 3_000, now: () => now });
    const up = heldUpstream();
    const burst = Array.from({ length: 50 }, () => gate.read("info", up.call("info")));
    expect(up.calls).toHaveLength(1);
    up.calls[0]!.release(ok('{"n":1}'));
    expect(await Promise.all(burst)).toEqual(Array(50).fill(ok('{"n":1}')));
    now = 2_999;
    expect(await gate.read("info", up.call("info"))).toEqual(ok('{"n":1}'));
    expect(up.calls).toHaveLength(1);
    now = 3_000;
    const later = gate.read("info", up.call("info"));
    expect(up.calls).toHaveLength(2);
    up.calls[1]!.release(ok('{"n":2}'));
    expect(await later).toEqual(ok('{"n":2}'));
  });

  it("a failed answer is shared by those who waited for it, then forgotten", async () => {
    const gate = new UpstreamGate({ maxInFlight: 4, ttlMs: 3_000 });
    const up = heldUpstream();
    const both = [gate.read("info", up.call("info")), gate.read("info", up.call("info"))];
    up.calls[0]!.release({ status: 502, body: "{}" });
    expect((await Promise.all(both)).map((a) => (a === "busy" ? a : a.status))).toEqual([502, 502]);
    void gate.read("info", up.call("info"));
    expect(up.calls).toHaveLength(2);
  });

  it("beyond maxInFlight calls, 'busy' at once; a read joining a running call needs no room", async () => {
    const gate = new UpstreamGate({ maxInFlight: 2, ttlMs: 0 });
    const up = heldUpstream();
    const a = gate.read("a", up.call("a"));
    const b = gate.exclusive(up.call("sig"));
    expect(await gate.read("c", up.call("c"))).toBe("busy");
    expect(await gate.exclusive(up.call("sig2"))).toBe("busy");
    const a2 = gate.read("a", up.call("a"));
    expect(up.calls.map((c) => c.key)).toEqual(["a", "sig"]);
    up.calls[0]!.release(ok());
    up.calls[1]!.release(ok());
    await Promise.all([a, b, a2]);
    expect(gate.inFlight).toBe(0);
    expect(await Promise.resolve(gate.read("c", async () => ok()))).toEqual(ok());
  });

  it("aborts a read's call when the last request waiting for it goes away, not before", async () => {
    const gate = new UpstreamGate({ maxInFlight: 4, ttlMs: 3_000 });
    const up = heldUpstream();
    const first = new AbortController();
    const second = new AbortController();
    const p1 = gate.read("info", up.call("info"), first.signal);
    const p2 = gate.read("info", up.call("info"), second.signal);
    first.abort();
    await expect(p1).rejects.toBeInstanceOf(ClientGone);
    expect(up.calls[0]!.aborted).toBe(false);
    second.abort();
    await expect(p2).rejects.toBeInstanceOf(ClientGone);
    expect(up.calls[0]!.aborted).toBe(true);
    expect(gate.inFlight).toBe(0);
  });

  it("aborts an exclusive call (a signature) when its request goes away", async () => {
    const gate = new UpstreamGate({ maxInFlight: 4, ttlMs: 3_000 });
    const up = heldUpstream();
    const client = new AbortController();
    const p = gate.exclusive(up.call("sig"), client.signal);
    client.abort();
    await expect(p).rejects.toBeInstanceOf(ClientGone);
    expect(up.calls[0]!.aborted).toBe(true);
  });

  it("keeps at most maxEntries answers, forgetting the oldest", async () => {
    const gate = new UpstreamGate({ maxInFlight: 4, ttlMs: 60_000, maxEntries: 3 });
    let calls = 0;
    const call = async () => ok(String(++calls));
    for (const k of ["a", "b", "c", "d"]) await gate.read(k, call);
    await gate.read("b", call);
    expect(calls).toBe(4);
    await gate.read("a", call);
    expect(calls).toBe(5);
  });
});
