// The switch that picks the contract build the devnet deploys: what it accepts, what it refuses and
// the sentence it refuses with, and what it records.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportStandIns } from "@/scripts/contracts-export";
import { listSources } from "@/scripts/architecture/import-graph";
import { contractBuildDirFromEnv, describeBuild, loadContractBuild, OPTIONAL_FUNCTIONS, repoRoot, STAND_IN_BUILD_DIR } from "./contract-build";
import { contractsFlag } from "./start";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "contract-build-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Artifact = { abi: { type: string; name?: string }[]; bytecode: string; [k: string]: unknown };
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Artifact;
const write = (file: string, artifact: unknown) => writeFileSync(file, JSON.stringify(artifact));
const sha256 = (hex: string) => createHash("sha256").update(Buffer.from(hex.replace(/^0x/, ""), "hex")).digest("hex");

describe("a contract build directory", () => {
  it("is accepted as exported, and each artifact is identified by the SHA-256 of its bytecode", () => {
    exportStandIns(dir);
    const build = loadContractBuild(dir);
    expect(build.artifacts.rewards.contract).toBe("LocalDevnetServiceNodeRewards");
    for (const [role, name] of [["token", "SESHL2"], ["pool", "RewardRatePool"], ["factory", "ServiceNodeContributionFactory"]] as const) {
      expect(build.artifacts[role].bytecodeSha256).toBe(sha256(read(join(STAND_IN_BUILD_DIR, `${name}.json`)).bytecode));
    }
    const record = describeBuild(build);
    expect(record.standIns).toBe(false);
    expect(record.artifacts.token).toEqual({ contract: "SESHL2", file: "SESHL2.json", bytecodeSha256: sha256(read(join(dir, "SESHL2.json")).bytecode) });
  });

  it("defaults to our stand-ins in contracts/out, which it records as such", () => {
    expect(contractBuildDirFromEnv({})).toBe(STAND_IN_BUILD_DIR);
    expect(contractBuildDirFromEnv({ DEVNET_CONTRACTS: "/x/y" })).toBe("/x/y");
    const record = describeBuild(loadContractBuild());
    expect(record).toMatchObject({ dir: "contracts/out", standIns: true });
    expect(Object.keys(record.artifacts).sort()).toEqual(["contribution", "factory", "pool", "rewards", "token", "vesting"]);
  });

  it("takes ServiceNodeRewards when there is no LocalDevnetServiceNodeRewards, and finds artifacts in a Hardhat artifacts/ tree", () => {
    exportStandIns(dir);
    const tree = join(dir, "artifacts", "contracts");
    for (const name of ["SESHL2", "RewardRatePool", "ServiceNodeContributionFactory"]) {
      mkdirSync(join(tree, `${name}.sol`), { recursive: true });
      write(join(tree, `${name}.sol`, `${name}.json`), read(join(dir, `${name}.json`)));
    }
    mkdirSync(join(tree, "ServiceNodeRewards.sol"), { recursive: true });
    write(join(tree, "ServiceNodeRewards.sol", "ServiceNodeRewards.json"), read(join(STAND_IN_BUILD_DIR, "ServiceNodeRewards.json")));
    const build = loadContractBuild(join(dir, "artifacts"));
    expect(build.artifacts.rewards.contract).toBe("ServiceNodeRewards");
    expect(build.artifacts.rewards.file).toBe(join(tree, "ServiceNodeRewards.sol", "ServiceNodeRewards.json"));
    expect(build.artifacts.contribution).toBeNull();
    // no TokenVestingStaking in that build: the stand-in's, named from the repository root
    expect(build.artifacts.vesting.file).toBe(join(STAND_IN_BUILD_DIR, "TokenVestingStaking.json"));
    expect(describeBuild(build).artifacts.vesting?.file).toBe("contracts/out/TokenVestingStaking.json");
  });

  it("takes a build's own TokenVestingStaking, and refuses one that lacks an item of the dApp's ABI", () => {
    exportStandIns(dir);
    const file = join(dir, "TokenVestingStaking.json");
    write(file, read(join(STAND_IN_BUILD_DIR, "TokenVestingStaking.json")));
    expect(loadContractBuild(dir).artifacts.vesting.file).toBe(file);
    const artifact = read(file);
    write(file, { ...artifact, abi: artifact.abi.filter((item) => item.name !== "release") });
    expect(() => loadContractBuild(dir)).toThrow(/TokenVestingStaking\.json lacks an item .*release\(address\)/);
  });

  it("may lack VERSION(), as the Arbitrum Sepolia build does", () => {
    exportStandIns(dir);
    const file = join(dir, "LocalDevnetServiceNodeRewards.json");
    const artifact = read(file);
    write(file, { ...artifact, abi: artifact.abi.filter((item) => item.name !== "VERSION") });
    expect(loadContractBuild(dir).artifacts.rewards.abi.some((item) => "name" in item && item.name === "VERSION")).toBe(false);
  });

  it("refuses a directory missing a contract, naming what a build needs", () => {
    exportStandIns(dir);
    rmSync(join(dir, "RewardRatePool.json"));
    expect(() => loadContractBuild(dir)).toThrow(
      `${dir} has no RewardRatePool.json: a contract build needs SESHL2, ServiceNodeRewards (or LocalDevnetServiceNodeRewards), RewardRatePool and ServiceNodeContributionFactory.`,
    );
  });

  it("refuses an artifact that lacks a function the dApp calls, naming the file and the function", () => {
    exportStandIns(dir);
    const file = join(dir, "ServiceNodeContributionFactory.json");
    const artifact = read(file);
    write(file, { ...artifact, abi: artifact.abi.filter((item) => item.name !== "owns") });
    expect(() => loadContractBuild(dir)).toThrow(
      `${file} lacks an item of the dApp's ServiceNodeContributionFactory ABI (lib/contracts/abi): function owns(address) returns (bool).`,
    );
  });

  it("refuses a function with other return types and an event with other indexed arguments", () => {
    exportStandIns(dir);
    const file = join(dir, "SESHL2.json");
    const artifact = read(file) as { abi: { type: string; name?: string; outputs?: { type: string }[]; inputs?: { indexed?: boolean }[] }[] };
    const abi = artifact.abi.map((item) => {
      if (item.name === "decimals") return { ...item, outputs: [{ ...item.outputs?.[0], type: "uint256", internalType: "uint256" }] };
      if (item.name === "Transfer") return { ...item, inputs: item.inputs?.map((p) => ({ ...p, indexed: false })) };
      return item;
    });
    write(file, { ...artifact, abi });
    expect(() => loadContractBuild(dir)).toThrow(
      `${file} lacks 2 items of the dApp's SESHL2 ABI (lib/contracts/abi): event Transfer(address,address,uint256) [indexed,indexed,-]; function decimals() returns (uint8).`,
    );
  });

  it("refuses an implementation with constructor parameters, a file without bytecode and one that is not JSON", () => {
    exportStandIns(dir);
    const pool = join(dir, "RewardRatePool.json");
    const artifact = read(pool);
    write(pool, { ...artifact, abi: [...artifact.abi, { type: "constructor", inputs: [{ name: "x", type: "uint256" }], stateMutability: "nonpayable" }] });
    expect(() => loadContractBuild(dir)).toThrow(`${pool} has a constructor with parameters`);
    write(pool, { ...artifact, bytecode: "0x" });
    expect(() => loadContractBuild(dir)).toThrow(`${pool} has no creation "bytecode"`);
    writeFileSync(pool, "{ not json");
    expect(() => loadContractBuild(dir)).toThrow(`${pool} is not readable JSON.`);
    expect(() => loadContractBuild(join(dir, "nowhere"))).toThrow(`${join(dir, "nowhere")} is not a directory`);
  });
});

describe("what the dApp may not depend on (docs/real-contracts.md)", () => {
  it("never calls VERSION() nor a testnet-only owner function, which Arbitrum Sepolia's build lacks or adds", () => {
    expect([...OPTIONAL_FUNCTIONS]).toEqual(["VERSION()"]);
    const names = ["VERSION", "exitNodeBySNID", "requestExitNodeBySNID", "setLastPaidOutTime", "withdrawSESH"];
    const calls = new RegExp(`functionName:\\s*["'](${names.join("|")})["']|\\.(${names.join("|")})\\(`);
    const files = ["app", "components", "lib"].flatMap((d) => listSources(join(repoRoot, d))).filter((f) => !f.includes(join("lib", "contracts", "abi")));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => calls.test(readFileSync(f, "utf8")))).toEqual([]);
  });
});

describe("the --contracts flag", () => {
  it("takes `--contracts <dir>` and `--contracts=<dir>`, and refuses it without a directory", () => {
    expect(contractsFlag(["--contracts", "/a"])).toBe("/a");
    expect(contractsFlag(["--contracts=/b"])).toBe("/b");
    expect(contractsFlag([])).toBeUndefined();
    expect(() => contractsFlag(["--contracts"])).toThrow("--contracts needs a directory");
  });
});
