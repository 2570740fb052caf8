import { describe, expect, it } from "vitest";
import { ClientGone, untilClientGone, UpstreamGate, type UpstreamAnswer } from "./upstream-gate";

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
  it("beyond maxInFlight calls, 'busy' at once; room again once a call settles", async () => {
    const gate = new UpstreamGate({ maxInFlight: 2 });
    const up = heldUpstream();
    const a = gate.exclusive(up.call("a"));
    const b = gate.exclusive(up.call("b"));
    expect(await gate.exclusive(up.call("c"))).toBe("busy");
    expect(up.calls.map((c) => c.key)).toEqual(["a", "b"]);
    expect(gate.inFlight).toBe(2);
    up.calls[0]!.release(ok());
    await a;
    expect(gate.inFlight).toBe(1);
    const c = gate.exclusive(up.call("c"));
    up.calls[1]!.release(ok());
    up.calls[2]!.release(ok('{"c":1}'));
    expect(await Promise.all([b, c])).toEqual([ok(), ok('{"c":1}')]);
    expect(gate.inFlight).toBe(0);
  });

  it("aborts a call (a signature) when its request goes away", async () => {
    const gate = new UpstreamGate({ maxInFlight: 4 });
    const up = heldUpstream();
    const client = new AbortController();
    const p = gate.exclusive(up.call("sig"), client.signal);
    client.abort();
    await expect(p).rejects.toBeInstanceOf(ClientGone);
    expect(up.calls[0]!.aborted).toBe(true);
    await expect.poll(() => gate.inFlight).toBe(0);
  });

  it("a request that leaves a shared read stops waiting; the read goes on for the others", async () => {
    const up = heldUpstream();
    const shared = up.call("info")(new AbortController().signal);
    const client = new AbortController();
    const mine = untilClientGone(shared, client.signal);
    const theirs = untilClientGone(shared);
    client.abort();
    await expect(mine).rejects.toBeInstanceOf(ClientGone);
    expect(up.calls[0]!.aborted).toBe(false);
    up.calls[0]!.release(ok());
    expect(await theirs).toEqual(ok());
  });
});
