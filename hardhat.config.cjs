// Hardhat 2 config for the devnet chain and the contract tests. We never compile with Hardhat
// (its compiler download fails offline): contracts are built by scripts/contracts-build.ts.
/** @type {import('hardhat/config').HardhatUserConfig} */
module.exports = {
  solidity: "0.8.30",
  paths: { sources: "./contracts", cache: "./cache", artifacts: "./artifacts" },
  networks: {
    hardhat: {
      chainId: 31337,
      hardfork: "cancun",
      // The staking stand-ins verify BLS signatures on-chain; keep headroom for big batches.
      blockGasLimit: 60_000_000,
      mining: { auto: true, interval: 0 },
    },
  },
};
