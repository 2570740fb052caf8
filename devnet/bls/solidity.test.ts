// The Solidity BLS libraries (through contracts/test/BLSHarness.sol) against the TypeScript
// implementation and the spec's Appendix A vector, on a throwaway Hardhat node.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import solc from "solc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicClient, createWalletClient, http, type Abi, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import { appendixA as A } from "./appendixA";
import { hashToG2, hexToBytes } from "./hashToG2";
import { blsPublicKey, blsSecretKeyFromSeed } from "./keys";
import { popMessage, rewardMessage } from "./messages";
import { aggregateSignatures, blsSign, type G2 } from "./sign";
import { blsPubkeyHexToG1, blsSignatureHexToParams } from "@/lib/contracts/encoders";

const ROOT = path.resolve(__dirname, "../..");
// Hardhat's first well-known development account; holds test ETH on every Hardhat node.
const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts: Record<string, Record<string, { abi: Abi; evm: { bytecode: { object: string } } }>>;
};

function compileHarness(): { abi: Abi; bytecode: Hex } {
  const source = "contracts/test/BLSHarness.sol";
  const input = {
    language: "Solidity",
    sources: { [source]: { content: fs.readFileSync(path.join(ROOT, source), "utf8") } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
    },
  };
  const findImport = (importPath: string) => {
    for (const base of [ROOT, path.join(ROOT, "node_modules")]) {
      const file = path.join(base, importPath);
      if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
    }
    return { error: `not found: ${importPath}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join("\n"));
  const contract = output.contracts[source]?.BLSHarness;
  if (!contract) throw new Error("BLSHarness missing from solc output");
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}

async function startNode(port: number): Promise<ChildProcess> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/hardhat"), ["node", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error("Hardhat node did not start within 60 s");
}

const sigArgs = (s: G2) => [s.xReal, s.xImag, s.yReal, s.yImag] as const;
const sigFromHex = (hex: string): G2 => {
  const p = blsSignatureHexToParams(hex);
  return { xReal: p.sigs0, xImag: p.sigs1, yReal: p.sigs2, yImag: p.sigs3 };
};

describe("Solidity BLS libraries (BLSHarness on Hardhat)", () => {
  let node: ChildProcess | undefined;
  let harness: Hex;
  let abi: Abi;
  let publicClient: ReturnType<typeof createPublicClient>;
  const account = privateKeyToAccount(DEPLOYER_KEY);

  beforeAll(async () => {
    const compiled = compileHarness();
    abi = compiled.abi;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    node = await startNode(port);
    const transport = http(`http://127.0.0.1:${port}`);
    publicClient = createPublicClient({ chain: hardhat, transport });
    const wallet = createWalletClient({ chain: hardhat, transport, account });
    const hash = await wallet.deployContract({ abi, bytecode: compiled.bytecode });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (!receipt.contractAddress) throw new Error("harness deployment failed");
    harness = receipt.contractAddress;
  });

  afterAll(() => {
    node?.kill("SIGKILL");
  });

  const read = (functionName: string, args: readonly unknown[]) =>
    publicClient.readContract({ address: harness, abi, functionName, args });

  it("hashes the Appendix A PoP message to the vector's H(m), same as the TypeScript", async () => {
    const h = (await read("hashToG2", [A.popMessage, A.hashToG2Tag])) as { X: readonly bigint[]; Y: readonly bigint[] };
    expect([...h.X, ...h.Y]).toEqual(A.popHashEip197);
  });

  it("agrees with the TypeScript hashToG2 on other messages and tags", async () => {
    for (const [message, tag] of [
      [A.rewardMessage, A.hashToG2Tag],
      ["0x", A.proofOfPossessionTag],
      ["0x00ff", A.rewardTag],
      // pseudo-random lengths and bytes, so several counters and sign bits get exercised
      ...Array.from({ length: 6 }, (_, i) => {
        const bytes = Array.from({ length: 20 + i * 37 }, (_, k) => (k * 131 + i * 71 + 7) & 0xff);
        return [`0x${Buffer.from(bytes).toString("hex")}`, A.hashToG2Tag] as const;
      }),
    ] as const) {
      const h = (await read("hashToG2", [message, tag])) as { X: readonly bigint[]; Y: readonly bigint[] };
      const ts = hashToG2(hexToBytes(message), tag);
      expect([...h.X, ...h.Y]).toEqual([ts.xImag, ts.xReal, ts.yImag, ts.yReal]);
    }
  });

  it("accepts the vector's PoP and reward signatures and rejects them swapped", async () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const pop = sigFromHex(A.popSignatureHex);
    const reward = sigFromHex(A.rewardSignatureHex);
    expect(await read("verify", [pk, A.popMessage, A.hashToG2Tag, ...sigArgs(pop)])).toBe(true);
    expect(await read("verify", [pk, A.rewardMessage, A.hashToG2Tag, ...sigArgs(reward)])).toBe(true);
    expect(await read("verify", [pk, A.popMessage, A.hashToG2Tag, ...sigArgs(reward)])).toBe(false);
  });

  it("rejects a PoP signed by another key, or for another operator", async () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const other = blsSecretKeyFromSeed("intruder");
    const forged = blsSign(other, hexToBytes(A.popMessage), A.hashToG2Tag);
    expect(await read("verify", [pk, A.popMessage, A.hashToG2Tag, ...sigArgs(forged)])).toBe(false);
    const otherOperator = popMessage(A.proofOfPossessionTag, pk, "0xb2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2", A.ed25519);
    const msgHex = `0x${Buffer.from(otherOperator).toString("hex")}` as Hex;
    expect(await read("verify", [pk, msgHex, A.hashToG2Tag, ...sigArgs(sigFromHex(A.popSignatureHex))])).toBe(false);
  });

  it("reverts with 'Invalid Signature' for a signature that is not a curve point (limbs swapped)", async () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const s = sigFromHex(A.popSignatureHex);
    await expect(read("verify", [pk, A.popMessage, A.hashToG2Tag, s.xImag, s.xReal, s.yImag, s.yReal])).rejects.toThrow(
      /Invalid Signature/,
    );
  });

  it("verifies an aggregate of 3 signatures against the sum of the 3 keys (summed on-chain), not 2", async () => {
    const sks = ["node-a", "node-b", "node-c"].map(blsSecretKeyFromSeed);
    const msg = rewardMessage(A.rewardTag, A.operator, 42_000_000_000n);
    const msgHex = `0x${Buffer.from(msg).toString("hex")}` as Hex;
    const agg = sigArgs(aggregateSignatures(sks.map((sk) => blsSign(sk, msg, A.hashToG2Tag))));
    const pks = sks.map(blsPublicKey);
    expect(await read("verifyAggregate", [pks, msgHex, A.hashToG2Tag, agg])).toBe(true);
    expect(await read("verifyAggregate", [pks.slice(0, 2), msgHex, A.hashToG2Tag, agg])).toBe(false);
  });

  it("adds and negates G1 points like the TypeScript (identity is (0, 0))", async () => {
    const a = blsPublicKey(11n);
    const b = blsPublicKey(31n);
    expect(await read("addG1", [a, b])).toEqual(blsPublicKey(42n));
    expect(await read("addG1", [a, await read("negateG1", [a])])).toEqual({ X: 0n, Y: 0n });
    expect(await read("negateG1", [{ X: 0n, Y: 0n }])).toEqual({ X: 0n, Y: 0n });
    await expect(read("addG1", [a, { X: 1n, Y: 3n }])).rejects.toThrow(/Call to precompiled contract for add failed/);
  });

  it("keeps one PoP verification well under the 30M block gas limit", async () => {
    const pk = blsPubkeyHexToG1(A.pubkeyHex);
    const gas = await publicClient.estimateContractGas({
      address: harness,
      abi,
      functionName: "verify",
      args: [pk, A.popMessage, A.hashToG2Tag, ...sigArgs(sigFromHex(A.popSignatureHex))],
      account: account.address,
    });
    console.log(`PoP verification through BLSHarness.verify: estimateGas = ${gas}`);
    expect(gas).toBeLessThan(3_000_000n);
  });
});
