import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeadlineError, isDeadlineError, withDeadline } from "./deadline";

/** A server that never answers, and counts the connections it saw closed by the client. */
let server: Server;
let url: string;
let closedByClient = 0;

beforeAll(async () => {
  server = createServer((req) => {
    req.socket.on("close", () => closedByClient++);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("withDeadline", () => {
  it("returns the work's value when it finishes in time and clears its timer", async () => {
    expect(await withDeadline(1_000, async () => 42)).toBe(42);
  });

  it("aborts a hanging fetch at the deadline: the connection is closed, not left running", async () => {
    const before = closedByClient;
    const started = Date.now();
    const error = await withDeadline(200, (signal) => fetch(url, { signal }), { what: "The test request" }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(isDeadlineError(error)).toBe(true);
    expect((error as Error).message).toBe("The test request did not finish within 0.2 s.");
    await expect.poll(() => closedByClient).toBe(before + 1);
  });

  it("rejects at the deadline even when the work ignores its signal", async () => {
    const never = new Promise<never>(() => {});
    await expect(withDeadline(50, () => never)).rejects.toBeInstanceOf(DeadlineError);
  });

  it("passes the caller's abort on to the work, with the caller's reason", async () => {
    const caller = new AbortController();
    let seen: AbortSignal | undefined;
    const run = withDeadline(5_000, (signal) => {
      seen = signal;
      return new Promise<never>(() => {});
    }, { signal: caller.signal });
    caller.abort(new Error("navigated away"));
    await expect(run).rejects.toThrow("navigated away");
    expect(seen?.aborted).toBe(true);
    // an already aborted caller never starts the work
    let started = false;
    await expect(withDeadline(5_000, async () => (started = true), { signal: caller.signal })).rejects.toThrow("navigated away");
    expect(started).toBe(false);
  });

  it("passes the work's own failure through unchanged", async () => {
    await expect(withDeadline(1_000, async () => Promise.reject(new TypeError("boom")))).rejects.toThrow(TypeError);
  });
});
