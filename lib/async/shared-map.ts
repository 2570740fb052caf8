/**
 * State kept on globalThis under `name`, one per server process. Next bundles each route's server
 * code separately, so a module-level Map would give every route (/nodes, /nodes/<id>, the layout)
 * its own copy; state that must be shared across routes (caches) lives here instead.
 */
export function sharedValue<T>(name: string, make: () => T): T {
  const key = Symbol.for(`session-staking.shared.${name}`);
  const g = globalThis as unknown as Record<symbol, T | undefined>;
  return (g[key] ??= make());
}

export function sharedMap<K, V>(name: string): Map<K, V> {
  return sharedValue(name, () => new Map<K, V>());
}
