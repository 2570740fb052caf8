/**
 * A value loaded once and shared by every caller for `maxAgeMs`, then loaded again, with at most
 * one load in flight per key: concurrent callers wait for the same promise instead of each asking
 * the source. A failed load is not remembered (the next caller tries again), so an outage ends as
 * soon as the source answers. State lives where the caller says (see `sharedCacheStore`).
 */

type Entry<V> = { value?: V; loadedAt?: number; inFlight?: Promise<V> };

export type RevalidatingCache<K, V> = {
  get: (key: K) => Promise<V>;
  /** forgets every key (tests; a server that knows its data changed) */
  clear: () => void;
};

export function createRevalidatingCache<K, V>(
  load: (key: K) => Promise<V>,
  options: { maxAgeMs: () => number; now?: () => number; store?: Map<K, Entry<V>> },
): RevalidatingCache<K, V> {
  const entries = options.store ?? new Map<K, Entry<V>>();
  const now = options.now ?? Date.now;
  return {
    get(key) {
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = {}));
      const e = entry;
      if (e.loadedAt !== undefined && now() - e.loadedAt < options.maxAgeMs()) return Promise.resolve(e.value as V);
      if (e.inFlight) return e.inFlight;
      const started = load(key).then(
        (value) => {
          e.value = value;
          e.loadedAt = now();
          e.inFlight = undefined;
          return value;
        },
        (error: unknown) => {
          e.inFlight = undefined;
          throw error;
        },
      );
      e.inFlight = started;
      return started;
    },
    clear: () => entries.clear(),
  };
}

/**
 * A Map kept on globalThis under `name`: Next bundles each route's server code separately, so a
 * module-level Map would give /nodes and /nodes/<id> a cache each; this one is per server process.
 */
export function sharedCacheStore<K, V>(name: string): Map<K, Entry<V>> {
  const key = Symbol.for(`session-staking.cache.${name}`);
  const g = globalThis as unknown as Record<symbol, Map<K, Entry<V>> | undefined>;
  return (g[key] ??= new Map<K, Entry<V>>());
}
