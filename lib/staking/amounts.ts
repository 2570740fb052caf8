/** SESH has 9 decimals: 1 SESH = 10^9 atomic units. */
export const SESH_DECIMALS = 9;
