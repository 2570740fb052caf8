/** Network-wide figures computed from the registry's node records. */

/** Total SESH staked in registered nodes: the sum of their deposits (nodes that left count 0). */
export function registeredStake(nodes: readonly { registered: boolean; deposit: bigint }[]): bigint {
  return nodes.filter((n) => n.registered).reduce((sum, n) => sum + n.deposit, 0n);
}
