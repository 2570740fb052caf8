/**
 * Values loaded once and shared by every caller while a rule says they are fresh, with at most one
 * load in flight per key (concurrent callers wait for the same promise instead of each asking the
 * source). What "fresh" means is the caller's rule, given on each read: a time to live, the chain
 * block the value was read at (its `tag`), or both. Beyond that:
 * - stale-while-revalidate: a value no longer fresh but younger than `maxStaleAgeMs` is served at
 *   once while one reload runs in the background;
 * - a failed load is remembered for `errorMs` and its error given to the callers of that time
 *   (never a value in its place), so an outage costs the source one request per `errorMs`, not one
 *   per caller, and ends as soon as the source answers again;
 * - bounded in memory: each value has a weight (about its bytes; 1 KiB unless the rule weighs it)
 *   and the least recently used entries are dropped past `maxWeight`.
 * Loads are the cache's own: a caller that stops waiting (its deadline) does not cancel a load
 * others wait for; the load bounds itself. State lives where the caller says (lib/async/shared-map.ts
 * for one per server process).
 */

export type EntryMeta = {
  /** when the value was loaded (the cache's clock) */
  loadedAt: number;
  /** what the rule tagged it with when it was loaded (e.g. the chain block), if anything */
  tag: string | undefined;
};

export type FreshnessRule<V> = {
  /** true while the value may be served without a reload */
  isFresh: (meta: EntryMeta, value: V, now: number) => boolean;
  /** stored with a value loaded by this read (e.g. the chain head it was read at) */
  tag?: string;
  /** a value no longer fresh is served while one reload runs, until it is this old (default 0: callers wait) */
  maxStaleAgeMs?: number;
  /** a failure is remembered this long, and its error given to callers meanwhile (default 0) */
  errorMs?: number;
  /** about the value's size in bytes, for the memory bound (default 1 KiB) */
  weigh?: (value: V) => number;
};

export type CacheEntry<V> = {
  value?: { v: V; meta: EntryMeta; weight: number };
  inFlight?: Promise<V>;
  failure?: { error: unknown; at: number };
};

export type RevalidatingCache<K, V> = {
  get: (key: K, load: () => Promise<V>, rule: FreshnessRule<V>) => Promise<V>;
  /** the value held for `key`, fresh or not, without loading (undefined when none) */
  peek: (key: K) => { value: V; meta: EntryMeta } | undefined;
  /** forgets every key (tests; a server that knows its data changed) */
  clear: () => void;
  /** entries held, and their total weight */
  size: () => { entries: number; weight: number };
};

export const DEFAULT_WEIGHT = 1024;

export function createRevalidatingCache<K, V>(options: { maxWeight: number; now?: () => number; store?: Map<K, CacheEntry<V>> }): RevalidatingCache<K, V> {
  const entries = options.store ?? new Map<K, CacheEntry<V>>();
  const now = options.now ?? Date.now;
  let weight = [...entries.values()].reduce((s, e) => s + (e.value?.weight ?? 0), 0);

  function touch(key: K, entry: CacheEntry<V>): void {
    // a Map iterates in insertion order: re-inserting makes this key the most recently used
    entries.delete(key);
    entries.set(key, entry);
  }

  function evict(keep: K): void {
    for (const [key, entry] of entries) {
      if (weight <= options.maxWeight) return;
      if (key === keep) continue;
      weight -= entry.value?.weight ?? 0;
      entry.value = undefined;
      entries.delete(key);
    }
  }

  function startLoad(key: K, entry: CacheEntry<V>, load: () => Promise<V>, rule: FreshnessRule<V>): Promise<V> {
    const tag = rule.tag;
    const started = load().then(
      (v) => {
        const w = Math.max(1, Math.round(rule.weigh?.(v) ?? DEFAULT_WEIGHT));
        weight += w - (entry.value?.weight ?? 0);
        entry.value = { v, meta: { loadedAt: now(), tag }, weight: w };
        entry.failure = undefined;
        entry.inFlight = undefined;
        // a key evicted while its load ran comes back with its value
        if (entries.get(key) !== entry) entries.set(key, entry);
        evict(key);
        return v;
      },
      (error: unknown) => {
        entry.inFlight = undefined;
        if ((rule.errorMs ?? 0) > 0) entry.failure = { error, at: now() };
        throw error;
      },
    );
    entry.inFlight = started;
    return started;
  }

  return {
    get(key, load, rule) {
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = {}));
      else touch(key, entry);
      const t = now();
      const held = entry.value;
      if (held && rule.isFresh(held.meta, held.v, t)) return Promise.resolve(held.v);
      const servableStale = held && t - held.meta.loadedAt < (rule.maxStaleAgeMs ?? 0) ? held.v : undefined;
      const recentFailure = entry.failure && t - entry.failure.at < (rule.errorMs ?? 0) ? entry.failure : undefined;
      if (recentFailure) return servableStale !== undefined ? Promise.resolve(servableStale) : Promise.reject(recentFailure.error);
      const pending = entry.inFlight ?? startLoad(key, entry, load, rule);
      if (servableStale === undefined) return pending;
      // the background reload's failure is remembered above; nobody awaits this promise
      pending.catch(() => undefined);
      return Promise.resolve(servableStale);
    },
    peek(key) {
      const held = entries.get(key)?.value;
      return held ? { value: held.v, meta: held.meta } : undefined;
    },
    clear() {
      entries.clear();
      weight = 0;
    },
    size: () => ({ entries: entries.size, weight }),
  };
}
