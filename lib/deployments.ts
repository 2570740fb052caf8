/**
 * Session's live deployments on Arbitrum (spec §7). Pure constants with no imports, so that the
 * marketing /token page and the dApp's chain targets read one table. Checked against the spec by
 * lib/deployments.test.ts.
 */
export type LiveDeployment = {
  readonly chainId: number;
  readonly name: string;
  readonly explorer: string;
  readonly token: `0x${string}`;
  readonly rewards: `0x${string}`;
  readonly pool: `0x${string}`;
  readonly factory: `0x${string}`;
};

export const ARBITRUM_ONE: LiveDeployment = {
  chainId: 42161,
  name: "Arbitrum One",
  explorer: "https://arbiscan.io",
  token: "0x10Ea9E5303670331Bdddfa66A4cEA47dae4fcF3b",
  rewards: "0xC2B9fC251aC068763EbDfdecc792E3352E351c00",
  pool: "0x11f040E89dFAbBA9070FFE6145E914AC68DbFea0",
  factory: "0x8129bE2D5eF7ACd39483C19F28DE86b7EF19DBCA",
};

export const ARBITRUM_SEPOLIA: LiveDeployment = {
  chainId: 421614,
  name: "Arbitrum Sepolia",
  explorer: "https://sepolia.arbiscan.io",
  token: "0x7D7fD4E91834A96cD9Fb2369E7f4EB72383bbdEd",
  rewards: "0x9d8aB00880CBBdc2Dcd29C179779469A82E7be35",
  pool: "0xaAD853fE7091728dac0DAa7b69990ee68abFC636",
  factory: "0x36Ee2Da54a7E727cC996A441826BBEdda6336B71",
};

export const LIVE_DEPLOYMENTS = [ARBITRUM_ONE, ARBITRUM_SEPOLIA] as const;
