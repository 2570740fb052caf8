/**
 * A contract build the devnet deploys: a directory of Hardhat-format artifacts (JSON with `abi` and
 * `bytecode`; other fields are ignored) named after Session's contracts. The devnet's own stand-ins
 * are such a build (contracts/out, the default); Session's contracts compiled from source are
 * another (docs/real-contracts.md says how). `DEVNET_CONTRACTS=<dir>` or `--contracts <dir>` picks
 * one; the deploy code path is the same for every build (devnet/deploy.ts).
 *
 * A build is refused, with a sentence naming the file and what is missing, when a contract is
 * absent, an artifact is not an artifact, or its ABI lacks a function or event of the dApp's ABIs
 * (lib/contracts/abi), which the dApp, the seeder and the simulator call and decode. Each accepted
 * artifact is identified by the SHA-256 of its creation bytecode (recorded in .devnet/devnet.json).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hexToBytes, isHex, type Abi, type AbiParameter, type Hex } from "viem";
import { seshAbi } from "@/lib/contracts/abi/sesh";
import { serviceNodeRewardsAbi } from "@/lib/contracts/abi/serviceNodeRewards";
import { serviceNodeContributionAbi } from "@/lib/contracts/abi/serviceNodeContribution";
import { serviceNodeContributionFactoryAbi } from "@/lib/contracts/abi/serviceNodeContributionFactory";
import { rewardRatePoolAbi } from "@/lib/contracts/abi/rewardRatePool";
import { tokenVestingStakingAbi } from "@/lib/contracts/abi/tokenVestingStaking";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Our compiled stand-ins (npm run contracts:build): the build the devnet runs by default. */
export const STAND_IN_BUILD_DIR = join(repoRoot, "contracts", "out");

/**
 * The roles of a build, the artifact names that may fill each (first found wins) and the dApp ABI
 * it must answer. LocalDevnetServiceNodeRewards comes first: it is the rewards contract with the
 * devnet's minimum exit age (0), which tests that exit a fresh node rely on. The contribution
 * contract is deployed by the factory (its code is inside the factory's), so its artifact is
 * optional: checked when present.
 */
export const BUILD_ROLES = {
  token: { names: ["SESHL2"], abi: seshAbi },
  rewards: { names: ["LocalDevnetServiceNodeRewards", "ServiceNodeRewards"], abi: serviceNodeRewardsAbi },
  pool: { names: ["RewardRatePool"], abi: rewardRatePoolAbi },
  factory: { names: ["ServiceNodeContributionFactory"], abi: serviceNodeContributionFactoryAbi },
  contribution: { names: ["ServiceNodeContribution"], abi: serviceNodeContributionAbi },
  // investors' vesting contracts, deployed directly with constructor arguments (spec Appendix C.3):
  // taken from the build when it has one, else our stand-in (Session's staking contracts' builds
  // usually leave it out)
  vesting: { names: ["TokenVestingStaking"], abi: tokenVestingStakingAbi },
} as const;

export type BuildRole = keyof typeof BUILD_ROLES;
export type DeployedRole = Exclude<BuildRole, "contribution" | "vesting">;

/**
 * Functions of the dApp's ABIs that the dApp, the seeder and the simulator never call, so a build
 * may lack them: `VERSION()` is missing from the Arbitrum Sepolia build (spec §2.10).
 */
export const OPTIONAL_FUNCTIONS: ReadonlySet<string> = new Set(["VERSION()"]);

export type BuildArtifact = {
  /** the contract name the artifact was found under */
  contract: string;
  /** absolute path of the JSON file */
  file: string;
  abi: Abi;
  bytecode: Hex;
  /** SHA-256 of the creation bytecode's bytes, lower-case hex */
  bytecodeSha256: string;
};

export type ContractBuild = {
  /** absolute path of the build directory */
  dir: string;
  artifacts: Record<DeployedRole, BuildArtifact> & { contribution: BuildArtifact | null; vesting: BuildArtifact };
};

/** A build that cannot be deployed; its message names the file and what is wrong. */
export class ContractBuildError extends Error {
  override name = "ContractBuildError";
}

export function canonicalType(param: AbiParameter): string {
  if (param.type.startsWith("tuple")) {
    const components = "components" in param ? (param.components ?? []) : [];
    return `(${components.map(canonicalType).join(",")})${param.type.slice("tuple".length)}`;
  }
  return param.type;
}

/** `name(type,…)`: the text a selector or an event topic is the hash of. */
export function canonicalSignature(item: { name: string; inputs: readonly AbiParameter[] }): string {
  return `${item.name}(${item.inputs.map(canonicalType).join(",")})`;
}

/**
 * What a caller depends on beyond the selector: a function's return types, an event's indexed
 * arguments (decoding reads them from topics). Two items with equal keys encode and decode alike.
 */
function callShape(item: Abi[number]): { kind: "function" | "event"; signature: string; key: string } | null {
  if (item.type === "function") {
    const signature = canonicalSignature(item);
    return { kind: "function", signature, key: `${signature} returns (${item.outputs.map(canonicalType).join(",")})` };
  }
  if (item.type === "event") {
    const signature = canonicalSignature(item);
    const indexed = item.inputs.map((p) => (p.indexed ? "indexed" : "-")).join(",");
    return { kind: "event", signature, key: `${signature} [${indexed}]` };
  }
  return null;
}

/** What the artifact's ABI lacks of `required` (as readable lines), ignoring OPTIONAL_FUNCTIONS. */
export function missingFromAbi(artifactAbi: Abi, required: Abi): string[] {
  const have = new Set(artifactAbi.map(callShape).flatMap((s) => (s ? [s.key] : [])));
  const missing: string[] = [];
  for (const item of required) {
    const shape = callShape(item);
    if (!shape || have.has(shape.key)) continue;
    if (shape.kind === "function" && OPTIONAL_FUNCTIONS.has(shape.signature)) continue;
    missing.push(`${shape.kind} ${shape.key}`);
  }
  return missing;
}

/** `<dir>/<name>.json`, or one file of that name anywhere below (a Hardhat `artifacts/` tree). */
function findArtifactFile(dir: string, name: string): string | null {
  const direct = join(dir, `${name}.json`);
  if (existsSync(direct)) return direct;
  const found: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 6) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "build-info") continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.name === `${name}.json`) found.push(full);
    }
  };
  walk(dir, 0);
  if (found.length > 1) {
    throw new ContractBuildError(
      `${dir} holds ${found.length} artifacts named ${name}.json (${found.map((f) => relative(dir, f)).join(", ")}): keep one.`,
    );
  }
  return found[0] ?? null;
}

function readArtifactFile(file: string, contract: string): BuildArtifact {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new ContractBuildError(`${file} is not readable JSON.`, { cause });
  }
  const json = (typeof raw === "object" && raw !== null ? raw : {}) as { abi?: unknown; bytecode?: unknown };
  if (!Array.isArray(json.abi)) throw new ContractBuildError(`${file} has no "abi" array: it is not a Hardhat artifact.`);
  const bytecode = typeof json.bytecode === "string" && !json.bytecode.startsWith("0x") ? `0x${json.bytecode}` : json.bytecode;
  if (typeof bytecode !== "string" || !isHex(bytecode) || bytecode.length <= 2) {
    throw new ContractBuildError(`${file} has no creation "bytecode" (0x… hex): is it an interface or an abstract contract?`);
  }
  if (bytecode.includes("__")) {
    throw new ContractBuildError(`${file} needs libraries linked into its bytecode (it holds "__$…$__" placeholders).`);
  }
  return {
    contract,
    file,
    abi: json.abi as Abi,
    bytecode: bytecode as Hex,
    bytecodeSha256: createHash("sha256").update(hexToBytes(bytecode as Hex)).digest("hex"),
  };
}

function loadRole(dir: string, role: BuildRole): BuildArtifact | null {
  const { names, abi } = BUILD_ROLES[role];
  for (const name of names) {
    const file = findArtifactFile(dir, name);
    if (!file) continue;
    const artifact = readArtifactFile(file, name);
    const missing = missingFromAbi(artifact.abi, abi);
    if (missing.length > 0) {
      throw new ContractBuildError(
        `${file} lacks ${missing.length === 1 ? "an item" : `${missing.length} items`} of the dApp's ${name} ABI (lib/contracts/abi): ${missing.join("; ")}.`,
      );
    }
    return artifact;
  }
  return null;
}

function loadRequiredRole(dir: string, role: DeployedRole): BuildArtifact {
  const artifact = loadRole(dir, role);
  if (artifact) {
    const constructorItem = artifact.abi.find((item) => item.type === "constructor");
    if (constructorItem && constructorItem.inputs.length > 0) {
      throw new ContractBuildError(
        `${artifact.file} has a constructor with parameters: the devnet deploys ${artifact.contract} as an implementation without arguments, behind a transparent proxy, and initialises it through the proxy.`,
      );
    }
    return artifact;
  }
  const wanted = BUILD_ROLES[role].names.map((n) => `${n}.json`).join(" or ");
  throw new ContractBuildError(
    `${dir} has no ${wanted}: a contract build needs SESHL2, ServiceNodeRewards (or LocalDevnetServiceNodeRewards), RewardRatePool and ServiceNodeContributionFactory.`,
  );
}

/** The build's TokenVestingStaking, else our stand-in's (which must exist: npm run contracts:build). */
function vestingArtifact(dir: string): BuildArtifact {
  const own = loadRole(dir, "vesting") ?? loadRole(STAND_IN_BUILD_DIR, "vesting");
  if (!own) throw new ContractBuildError(`${STAND_IN_BUILD_DIR} has no TokenVestingStaking.json: run \`npm run contracts:build\`.`);
  return own;
}

/** Loads and checks the build in `dir` (absolute, or relative to the current directory). */
export function loadContractBuild(dirInput: string = STAND_IN_BUILD_DIR): ContractBuild {
  const dir = resolve(dirInput);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ContractBuildError(`${dir} is not a directory: DEVNET_CONTRACTS (or --contracts) must name a directory of Hardhat artifacts.`);
  }
  return {
    dir,
    artifacts: {
      token: loadRequiredRole(dir, "token"),
      rewards: loadRequiredRole(dir, "rewards"),
      pool: loadRequiredRole(dir, "pool"),
      factory: loadRequiredRole(dir, "factory"),
      contribution: loadRole(dir, "contribution"),
      vesting: vestingArtifact(dir),
    },
  };
}

/** The build chosen by the environment: DEVNET_CONTRACTS, else our stand-ins. */
export function contractBuildDirFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.DEVNET_CONTRACTS?.trim() || STAND_IN_BUILD_DIR;
}

/** What .devnet/devnet.json records of the build: where it came from and each artifact's hash. */
export function describeBuild(build: ContractBuild) {
  const rel = relative(repoRoot, build.dir);
  const entries = Object.entries(build.artifacts).flatMap(([role, a]) =>
    // a stand-in taken from outside the build (the vesting contract) is named from the repository root
    a ? [[role, { contract: a.contract, file: relative(build.dir, a.file).startsWith("..") ? relative(repoRoot, a.file) : relative(build.dir, a.file), bytecodeSha256: a.bytecodeSha256 }] as const] : [],
  );
  return {
    dir: rel.startsWith("..") ? build.dir : rel || ".",
    standIns: build.dir === STAND_IN_BUILD_DIR,
    artifacts: Object.fromEntries(entries),
  };
}
