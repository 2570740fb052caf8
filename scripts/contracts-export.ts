// `npm run contracts:export -- <dir>`: writes the devnet's stand-ins (the committed contracts/out,
// byte for byte what the devnet deploys by default) as a contract build directory in Hardhat's
// artifact format, the same shape as Session's contracts compiled from source
// (docs/real-contracts.md). CI exports them and runs the e2e suite again with
// DEVNET_CONTRACTS=<dir>, which proves that the switch's path (load, check, deploy, seed) works on a
// build that is not contracts/out. The directory is checked as the devnet would check it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describeBuild, loadContractBuild, STAND_IN_BUILD_DIR } from "@/devnet/contract-build";

/** What a build holds, under the names Session's compile gives them. */
export const EXPORTED_CONTRACTS: readonly string[] = [
  "SESHL2",
  "LocalDevnetServiceNodeRewards",
  "RewardRatePool",
  "ServiceNodeContributionFactory",
  "ServiceNodeContribution",
  // not in Session's staking build (the investors' vesting contracts are compiled apart): exported
  // too, so a run on this directory deploys nothing from contracts/out
  "TokenVestingStaking",
];

/** Writes the stand-ins into `dir` (created if missing; files of these names replaced). */
export function exportStandIns(dirInput: string): string[] {
  const dir = resolve(dirInput);
  mkdirSync(dir, { recursive: true });
  return EXPORTED_CONTRACTS.map((name) => {
    const { abi, bytecode } = JSON.parse(readFileSync(join(STAND_IN_BUILD_DIR, `${name}.json`), "utf8")) as { abi: unknown; bytecode: string };
    // Hardhat's artifact format; the devnet reads `abi` and `bytecode` only (no deployedBytecode:
    // contracts/out does not keep it, and nothing here needs it)
    const artifact = { _format: "hh-sol-artifact-1", contractName: name, sourceName: `contracts/${name}.sol`, abi, bytecode, linkReferences: {} };
    const file = join(dir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(artifact, null, 2)}\n`);
    return file;
  });
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error("Usage: npm run contracts:export -- <dir>");
    process.exit(1);
  }
  const files = exportStandIns(dir);
  const build = describeBuild(loadContractBuild(dir));
  console.log(`exported ${files.length} artifacts to ${resolve(dir)}`);
  for (const [role, a] of Object.entries(build.artifacts)) console.log(`  ${role.padEnd(12)} ${a.file.padEnd(40)} sha256 ${a.bytecodeSha256}`);
  console.log(`run the devnet on it: DEVNET_CONTRACTS=${dir} npm run devnet`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
