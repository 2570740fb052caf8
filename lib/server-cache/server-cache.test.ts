import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ServerTarget } from "@/lib/chain/targets";
import { cachedBackendRead, cachedTextAnswer } from "./backend-read";
import { cachedChainRead } from "./chain-read";
import { serverCache } from "./store";

/** A stand-in RPC whose head the test moves, counting the polls of it. */
let rpc: Server;
let head = 5;
let headPolls = 0;
let target: ServerTarget;

function block(n: number) {
  const hex = `0x${n.toString(16)}`;
  const hash = `0x${n.toString(16).padStart(64, "0")}`;
  return { number: hex, hash, parentHash: `0x${"0".repeat(64)}`, timestamp: "0x1", transactions: [], logsBloom: null, nonce: "0x0", gasLimit: "0x1", gasUsed: "0x0", baseFeePerGas: "0x1", difficulty: "0x0", totalDifficulty: "0x0", size: "0x1", miner: `0x${"0".repeat(40)}`, extraData: "0x", sealFields: [], uncles: [], stateRoot: hash, receiptsRoot: hash, transactionsRoot: hash, sha3Uncles: hash, mixHash: hash };
}

beforeAll(async () => {
  rpc = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString()));
    req.on("end", () => {
      const body = JSON.parse(text) as { id: number; method: string } | { id: number; method: string }[];
      const answer = (c: { id: number; method: string }) => {
        if (c.method === "eth_getBlockByNumber") headPolls++;
        return { jsonrpc: "2.0", id: c.id, result: c.method === "eth_getBlockByNumber" ? block(head) : null };
      };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)));
    });
  });
  await new Promise<void>((resolve) => rpc.listen(0, "127.0.0.1", resolve));
  const rpcUrl = `http://127.0.0.1:${(rpc.address() as AddressInfo).port}`;
  target = { backendUrl: "http://backend.invalid", public: { name: "devnet", chainId: 31337, chainName: "test chain", rpcUrls: [rpcUrl], contracts: { multicall3: `0x${"ca".repeat(20)}` } } as ServerTarget["public"] };
  process.env.SERVER_BLOCK_POLL_MS = "50";
});
afterAll(async () => {
  delete process.env.SERVER_BLOCK_POLL_MS;
  await new Promise((resolve) => rpc.close(resolve));
});
afterEach(() => {
  serverCache().clear();
  head = 5;
  headPolls = 0;
});

describe("the server cache", () => {
  it("a chain read is made once per block, whatever the readers; the head is one shared poll", async () => {
    let reads = 0;
    const read = () => cachedChainRead(target.public, "totals", async () => ++reads);
    expect(new Set(await Promise.all(Array.from({ length: 100 }, read)))).toEqual(new Set([1]));
    expect(headPolls).toBe(1);
    expect(reads).toBe(1);
    head = 6;
    // the next poll (after SERVER_BLOCK_POLL_MS) sees the new block: the read is made again, once
    await expect.poll(read).toBe(2);
    expect(await Promise.all(Array.from({ length: 50 }, read))).toEqual(Array(50).fill(2));
    expect(reads).toBe(2);
  });

  it("a backend answer behind the chain's head (its network.l2_height) is read again until the network has witnessed the head", async () => {
    let witnessed = 5;
    let asked = 0;
    const read = () => cachedBackendRead(target, "/nodes", async () => ({ l2: witnessed, n: ++asked }), { witnessed: (a) => a.l2 });
    await cachedChainRead(target.public, "head known", async () => 0);
    await read();
    for (let i = 0; i < 20; i++) await read();
    expect(asked, "caught up with the head: reused").toBe(1);
    head = 6; // a transaction was mined; the network has not seen it yet
    await expect.poll(async () => (await read()).n).toBeGreaterThan(1);
    witnessed = 6;
    await expect.poll(async () => (await read()).l2).toBe(6);
    const settled = asked;
    for (let i = 0; i < 20; i++) await read();
    expect(asked, "witnessed: reused again").toBe(settled);
  });

  it("the proxy's error answers are remembered briefly as failures, never stored as data", async () => {
    let asked = 0;
    let status = 502;
    const ask = async () => ({ status, body: JSON.stringify({ n: ++asked }) });
    const burst = await Promise.all(Array.from({ length: 30 }, () => cachedTextAnswer(target, "info", ask)));
    expect(burst.every((a) => a.status === 502)).toBe(true);
    expect(asked).toBe(1);
    status = 200;
    await expect.poll(async () => (await cachedTextAnswer(target, "info", ask)).status, { timeout: 5_000 }).toBe(200);
    expect(asked).toBe(2);
  });
});
