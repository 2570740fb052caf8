// `npm run contracts:compile-build -- <checkout> <out-dir>`: compiles Session's staking contracts
// from a checkout of session-foundation/session-token-contracts (any commit; its own node_modules
// installed, for OpenZeppelin) with the settings of the Arbitrum One deployment (solc 0.8.30, the
// solc-js this repository pins; optimizer on, runs 1; EVM paris; no metadata hash) and writes a contract build
// directory the devnet deploys with DEVNET_CONTRACTS=<out-dir> (devnet/contract-build.ts). Offline:
// no compiler download. docs/real-contracts.md says how to get the checkout and what to expect.
// Session's sources and the bytecode compiled from them stay outside this repository.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import solc from "solc";
import { describeBuild, loadContractBuild } from "@/devnet/contract-build";

/** The contracts a build directory holds (contract-build.ts BUILD_ROLES), plus the production rewards contract. */
export const BUILD_CONTRACTS = [
  "SESHL2",
  "ServiceNodeRewards",
  "LocalDevnetServiceNodeRewards",
  "RewardRatePool",
  "ServiceNodeContributionFactory",
  "ServiceNodeContribution",
] as const;

/**
 * The Arbitrum One deployment's compiler settings: Session's hardhat.config.js (solc 0.8.30,
 * optimizer runs 1, no metadata hash) with Hardhat 2's default EVM for it, paris.
 */
export const SESSION_SETTINGS = {
  optimizer: { enabled: true, runs: 1 },
  evmVersion: "paris",
  metadata: { bytecodeHash: "none" },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
} as const;

function solidityFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...solidityFiles(full));
    else if (entry.name.endsWith(".sol")) found.push(full);
  }
  return found;
}

/** The source unit (checkout-relative, as Hardhat names it) that declares `contract <name>`. */
function unitDeclaring(checkout: string, files: readonly string[], name: string): string | null {
  const declaration = new RegExp(`^\\s*(?:abstract\\s+)?contract\\s+${name}\\b`, "m");
  const file = files.find((f) => declaration.test(readFileSync(f, "utf8")));
  return file ? relative(checkout, file).split(sep).join("/") : null;
}

type Output = {
  errors?: { severity: string; formattedMessage: string }[];
  contracts?: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string }; deployedBytecode: { object: string } } }>>;
};

export function compileSessionBuild(checkoutInput: string, outInput: string): string[] {
  const checkout = resolve(checkoutInput);
  const out = resolve(outInput);
  const contractsDir = join(checkout, "contracts");
  if (!existsSync(contractsDir)) throw new Error(`${checkout} has no contracts/ directory: is it a checkout of session-token-contracts?`);
  for (const pkg of ["@openzeppelin/contracts", "@openzeppelin/contracts-upgradeable"]) {
    if (!existsSync(join(checkout, "node_modules", pkg, "package.json"))) {
      throw new Error(`${checkout}/node_modules/${pkg} is missing: run \`npm ci\` (or npm install) in the checkout first.`);
    }
  }
  const files = solidityFiles(contractsDir);
  const units = new Map<string, string>();
  for (const name of BUILD_CONTRACTS) {
    const unit = unitDeclaring(checkout, files, name);
    if (unit) units.set(name, unit);
    else if (name !== "LocalDevnetServiceNodeRewards") throw new Error(`No file under ${contractsDir} declares contract ${name}.`);
  }
  const sources = Object.fromEntries([...new Set(units.values())].map((u) => [u, { content: readFileSync(join(checkout, u), "utf8") }]));
  const findImport = (unit: string) => {
    for (const candidate of [join(checkout, unit), join(checkout, "node_modules", unit)]) {
      if (existsSync(candidate)) return { contents: readFileSync(candidate, "utf8") };
    }
    return { error: `File not found: ${unit}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify({ language: "Solidity", sources, settings: SESSION_SETTINGS }), { import: findImport })) as Output;
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(`Compilation failed:\n${errors.map((e) => e.formattedMessage).join("\n")}`);

  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const [name, unit] of units) {
    const compiled = output.contracts?.[unit]?.[name];
    if (!compiled) throw new Error(`solc produced no ${name} from ${unit}.`);
    // Hardhat's artifact format, so the directory reads like a Hardhat project's artifacts
    const artifact = {
      _format: "hh-sol-artifact-1",
      contractName: name,
      sourceName: unit,
      abi: compiled.abi,
      bytecode: `0x${compiled.evm.bytecode.object}`,
      deployedBytecode: `0x${compiled.evm.deployedBytecode.object}`,
      linkReferences: {},
      deployedLinkReferences: {},
    };
    const file = join(out, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(artifact, null, 2)}\n`);
    written.push(file);
    console.log(`${name.padEnd(32)} ${String(compiled.evm.deployedBytecode.object.length / 2).padStart(6)} bytes deployed  (${unit})`);
  }
  return written;
}

function main(): void {
  const [checkout, out] = process.argv.slice(2);
  if (!checkout || !out) {
    console.error("Usage: npm run contracts:compile-build -- <session-token-contracts checkout> <out-dir>");
    process.exit(1);
  }
  const started = Date.now();
  compileSessionBuild(checkout, out);
  // checked as the devnet will check it: every function and event the dApp needs
  const build = describeBuild(loadContractBuild(out));
  for (const [role, a] of Object.entries(build.artifacts)) console.log(`  ${role.padEnd(12)} ${a.contract.padEnd(32)} sha256 ${a.bytecodeSha256}`);
  console.log(`compiled in ${((Date.now() - started) / 1000).toFixed(1)} s; run the devnet on it: DEVNET_CONTRACTS=${out} npm run devnet`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
