// `npm run contracts:build`: compiles contracts/**/*.sol with solc-js (Hardhat's compiler download
// does not work offline) and writes
//   contracts/out/<Contract>.json   { abi, bytecode } for deployment (devnet/deploy.ts, tests)
//   lib/contracts/abi/<name>.ts     typed ABIs (`as const`) the dApp and the simulator import.
// The same functions are used by the staleness test, which recompiles in memory and compares.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import solc from "solc";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const contractsDir = join(repoRoot, "contracts");
export const outDir = join(contractsDir, "out");
export const abiDir = join(repoRoot, "lib", "contracts", "abi");

/** Compiler settings; the spec's selectors were computed with optimizer on, runs = 1. */
const settings = {
  optimizer: { enabled: true, runs: 1 },
  // Hardhat 2.29 and the devnet run cancun; solc 0.8.30 would default to prague.
  evmVersion: "cancun",
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
};

/**
 * Which compiled contract feeds which typed ABI module. The token's is SESHL2 (no permit), the
 * token Arbitrum One runs and the devnet's stand-in of it.
 */
export const abiModules = [
  { contract: "SESHL2", file: "sesh.ts", constName: "seshAbi" },
  { contract: "ServiceNodeRewards", file: "serviceNodeRewards.ts", constName: "serviceNodeRewardsAbi" },
  { contract: "ServiceNodeContribution", file: "serviceNodeContribution.ts", constName: "serviceNodeContributionAbi" },
  {
    contract: "ServiceNodeContributionFactory",
    file: "serviceNodeContributionFactory.ts",
    constName: "serviceNodeContributionFactoryAbi",
  },
  { contract: "RewardRatePool", file: "rewardRatePool.ts", constName: "rewardRatePoolAbi" },
  { contract: "TokenVestingStaking", file: "tokenVestingStaking.ts", constName: "tokenVestingStakingAbi" },
] as const;

/** Contracts from outside contracts/ that deployment needs as artifacts too. */
const externalArtifacts = new Set(["TransparentUpgradeableProxy"]);

export type AbiItem = { type: string; name?: string; [key: string]: unknown };
/** `deployable` is false for interfaces compiled only for their ABI (no artifact in contracts/out). */
export type CompiledContract = { abi: AbiItem[]; bytecode: `0x${string}`; deployedSize: number; source: string; deployable: boolean };

/** Interfaces compiled only for a typed ABI module (none at present: every module has a contract). */
const abiOnly = new Set<string>([]);

function listSolidityFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === outDir) continue;
      found.push(...listSolidityFiles(full));
    } else if (entry.name.endsWith(".sol")) {
      found.push(full);
    }
  }
  return found.sort();
}

function toUnitName(path: string): string {
  return relative(repoRoot, path).split(sep).join("/");
}

/** solc import callback: OpenZeppelin from node_modules, everything else relative to the repo. */
function findImport(unitName: string): { contents: string } | { error: string } {
  const candidates = [join(repoRoot, unitName), join(repoRoot, "node_modules", unitName)];
  for (const candidate of candidates) {
    if (existsSync(candidate)) return { contents: readFileSync(candidate, "utf8") };
  }
  return { error: `File not found: ${unitName}` };
}

type SolcOutput = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts?: Record<
    string,
    Record<string, { abi: AbiItem[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>
  >;
};

/** Compiles every contract under contracts/ and returns the deployable ones by contract name. */
export function compileContracts(): Map<string, CompiledContract> {
  const sources: Record<string, { content: string }> = {};
  for (const file of listSolidityFiles(contractsDir)) {
    sources[toUnitName(file)] = { content: readFileSync(file, "utf8") };
  }
  const input = { language: "Solidity", sources, settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as SolcOutput;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error(`Solidity compilation failed:\n${errors.map((e) => e.formattedMessage).join("\n")}`);
  }

  const compiled = new Map<string, CompiledContract>();
  for (const [unitName, contracts] of Object.entries(output.contracts ?? {})) {
    // Libraries here are internal-only (inlined into their users): no artifact needed.
    const ours = unitName.startsWith("contracts/") && !unitName.startsWith("contracts/libraries/");
    for (const [name, artifact] of Object.entries(contracts)) {
      const bytecode = artifact.evm.bytecode.object;
      // Interfaces, libraries with internal functions only and abstract contracts have no code,
      // except the interfaces a typed ABI module is generated from.
      if (!bytecode && !abiOnly.has(name)) continue;
      if (!ours && !externalArtifacts.has(name)) continue;
      if (compiled.has(name)) throw new Error(`Two contracts are named ${name}; artifact names must be unique`);
      compiled.set(name, {
        abi: artifact.abi,
        bytecode: `0x${bytecode}`,
        deployedSize: artifact.evm.deployedBytecode.object.length / 2,
        source: unitName,
        deployable: Boolean(bytecode),
      });
    }
  }
  return compiled;
}

/** The lib/contracts/abi/*.ts files, exactly as written to disk. */
export function renderAbiFiles(compiled: Map<string, CompiledContract>): Map<string, string> {
  const files = new Map<string, string>();
  for (const { contract, file, constName } of abiModules) {
    const artifact = compiled.get(contract);
    if (!artifact) throw new Error(`Contract ${contract} was not compiled`);
    const text =
      `// Generated by \`npm run contracts:build\` (scripts/contracts-build.ts) from ${artifact.source}.\n` +
      `// Do not edit: change the Solidity source and rebuild; a test fails when this file is stale.\n` +
      `export const ${constName} = ${JSON.stringify(artifact.abi, null, 2)} as const;\n`;
    files.set(join(abiDir, file), text);
  }
  return files;
}

/** The contracts/out/*.json artifacts, exactly as written to disk. */
export function renderOutFiles(compiled: Map<string, CompiledContract>): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, artifact] of compiled) {
    if (!artifact.deployable) continue;
    const text = `${JSON.stringify({ abi: artifact.abi, bytecode: artifact.bytecode }, null, 2)}\n`;
    files.set(join(outDir, `${name}.json`), text);
  }
  return files;
}

function main(): void {
  const started = Date.now();
  const compiled = compileContracts();
  mkdirSync(outDir, { recursive: true });
  mkdirSync(abiDir, { recursive: true });
  for (const [path, text] of [...renderOutFiles(compiled), ...renderAbiFiles(compiled)]) {
    writeFileSync(path, text);
  }
  for (const [name, artifact] of compiled) {
    if (!artifact.deployable) continue;
    // EIP-170 caps deployed code at 24,576 bytes; the devnet allows more but say so loudly.
    const warn = artifact.deployedSize > 24_576 ? "  (over the EIP-170 limit)" : "";
    console.log(`${name.padEnd(34)} ${String(artifact.deployedSize).padStart(6)} bytes${warn}`);
  }
  console.log(`compiled ${compiled.size} contracts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
