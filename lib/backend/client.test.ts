import { describe, expect, it } from "vitest";
import { createBackendClient, BackendApiError } from "./client";

const network = {
  active_node_count: 2,
  block_hash: "ab",
  block_height: 100,
  block_timestamp: 1_700_012_000,
  hard_fork: 21,
  immutable_block_hash: "cd",
  immutable_block_height: 90,
  max_stakers: 10,
  median_operator_fee: 0,
  min_operator_contribution: 6_250_000_000_000,
  nettype: "devnet",
  node_count: 2,
  pulse_target_timestamp: 1_700_012_120,
  staking_requirement: 25_000_000_000_000,
  version: "x",
};

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; method?: string }[] = [];
  const impl = async (url: string, init?: { method?: string }) => {
    calls.push({ url, method: init?.method });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { impl, calls };
}

const ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("staking backend client", () => {
  it("parses amounts sent as numbers or decimal strings into exact bigints", async () => {
    const rewards = {
      amount: "9007199254740993123", // above 2^53: only a string keeps it exact
      lifetime_liquidated_stakes: 0,
      lifetime_locked_stakes: 25_000_000_000_000,
      lifetime_rewards: "1",
      lifetime_unlocked_stakes: 0,
      locked_stakes: 0,
      timelocked_stakes: 0,
      claimed_stakes: 0,
      claimed_rewards: 0,
    };
    const { impl, calls } = fakeFetch(200, { network, t: 1, rewards });
    const result = await createBackendClient("http://sim/", impl).getRewards(ADDRESS);
    expect(result.rewards.amount).toBe(9_007_199_254_740_993_123n);
    expect(result.rewards.lifetime_locked_stakes).toBe(25_000_000_000_000n);
    expect(calls[0]?.url).toBe(`http://sim/rewards/${ADDRESS}`);
  });

  it("asks for a claim signature with POST", async () => {
    const { impl, calls } = fakeFetch(404, { error: "no rewards" });
    await expect(createBackendClient("http://sim", impl).getRewardsSignature(ADDRESS)).rejects.toMatchObject({ status: 404 });
    expect(calls[0]?.method).toBe("POST");
  });

  it("words a status passed on by our proxy itself, and appends the proxy's own explanation", async () => {
    const forwarded = fakeFetch(404, { error: "The staking backend answered HTTP 404.", upstream_status: 404 });
    const error = await createBackendClient("http://sim", forwarded.impl).getExit("a".repeat(64)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendApiError);
    expect((error as BackendApiError).status).toBe(404);
    expect((error as BackendApiError).message).toBe("The network has not made this node's exit signature available yet (it offers one once the node may leave).");
    const own = fakeFetch(502, { error: "The staking backend sent your rewards in an unexpected shape (rewards.amount: is required but missing)." });
    await expect(createBackendClient("http://sim", own.impl).getRewards(ADDRESS)).rejects.toThrow(
      "The staking backend failed (HTTP 502) while loading your rewards; try again later. (The staking backend sent your rewards in an unexpected shape (rewards.amount: is required but missing).)",
    );
  });

  it("rejects a response whose shape drifted, naming the field", async () => {
    const { impl } = fakeFetch(200, { network: { ...network, block_height: "tall" }, t: 1 });
    await expect(createBackendClient("http://sim", impl).getInfo()).rejects.toThrow(/network\.block_height/);
  });

  it("refuses malformed addresses and keys before any request", async () => {
    const { impl, calls } = fakeFetch(200, {});
    const client = createBackendClient("http://sim", impl);
    await expect(client.getStakes("0x123")).rejects.toThrow(/not a valid wallet address/);
    await expect(client.getContributionContract("zz")).rejects.toThrow(/not a valid node key/);
    expect(calls).toHaveLength(0);
  });

  it("reports an unreachable API as such", async () => {
    const client = createBackendClient("http://sim", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(client.getInfo()).rejects.toThrow(/Could not reach the staking backend/);
  });

  it("aborts a backend that does not answer within the deadline, and says so", async () => {
    let aborted = false;
    const hanging = (_url: string, init?: { signal?: AbortSignal }) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => {
          aborted = true;
          reject(init.signal?.reason);
        });
      });
    const started = Date.now();
    const error = await createBackendClient("http://sim", hanging, { timeoutMs: 100 }).getNodes().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(aborted).toBe(true);
    expect(error).toBeInstanceOf(BackendApiError);
    expect((error as Error).message).toBe("The staking backend did not answer within 0.1 s while loading the node list; try again in a moment.");
  });

  it("cuts off a backend that stalls in the middle of its body", async () => {
    const stalling = async (_url: string, init?: { signal?: AbortSignal }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"network": '));
          init?.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    };
    await expect(createBackendClient("http://sim", stalling, { timeoutMs: 100 }).getInfo()).rejects.toThrow(/did not answer within 0\.1 s while loading the network status/);
  });

  it("passes the caller's cancellation through to fetch and rethrows it as is", async () => {
    const caller = new AbortController();
    let seen: AbortSignal | undefined;
    const impl = (_url: string, init?: { signal?: AbortSignal }) => {
      seen = init?.signal;
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    };
    const pending = createBackendClient("http://sim", impl).getStakes(ADDRESS, { signal: caller.signal });
    caller.abort(new DOMException("query cancelled", "AbortError"));
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(BackendApiError);
    expect((error as DOMException).name).toBe("AbortError");
    expect(seen?.aborted).toBe(true);
  });

  it("never follows a redirect: it asks fetch not to, and refuses the 3xx it gets", async () => {
    let asked: string | undefined;
    const impl = async (_url: string, init?: { redirect?: string }) => {
      asked = init?.redirect;
      return new Response(null, { status: 302, headers: { location: "https://evil.example/info" } });
    };
    await expect(createBackendClient("http://sim", impl).getInfo()).rejects.toThrow("The staking backend answered the network status with a redirect, which is not followed.");
    expect(asked).toBe("manual");
  });

  it("stops reading an answer past its size cap and aborts it", async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(64 * 1024).fill(32));
          },
          cancel() {
            cancelled = true;
          },
        }),
        { status: 200 },
      );
    await expect(createBackendClient("http://sim", endless, { maxAnswerBytes: 1024 * 1024 }).getNodes()).rejects.toThrow("The staking backend sent more than 1 MiB for the node list; the answer was not read.");
    expect(cancelled).toBe(true);
    expect(pulled * 64 * 1024).toBeLessThanOrEqual(1024 * 1024 + 3 * 64 * 1024);
  });
});
