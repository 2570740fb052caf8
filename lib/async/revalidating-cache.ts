/**
 * A value loaded once and shared by every caller for `maxAgeMs`, then loaded again, with at most
 * one load in flight per key: concurrent callers wait for the same promise instead of each asking
 * the source. A failed load is not remembered (the next caller tries again), so an outage ends as
 * soon as the source answers. State lives where the caller says (lib/async/shared-map.ts for one per server process).
 */

export type CacheEntry<V> = { value?: V; loadedAt?: number; inFlight?: Promise<V> };

export type RevalidatingCache<K, V> = {
  get: (key: K) => Promise<V>;
  /** forgets every key (tests; a server that knows its data changed) */
  clear: () => void;
};

export function createRevalidatingCache<K, V>(
  load: (key: K) => Promise<V>,
  options: { maxAgeMs: () => number; now?: () => number; store?: Map<K, CacheEntry<V>> },
): RevalidatingCache<K, V> {
  const entries = options.store ?? new Map<K, CacheEntry<V>>();
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
