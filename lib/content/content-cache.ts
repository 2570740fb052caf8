/** In `next dev` an edit shows on the next reload; one render asks many times, so once a second at most. */
const DEV_REREAD_MS = 1000;

/**
 * A loader whose result is kept: for the life of the process in a build or a production server (the
 * dApp's pages read content/site.yaml on every request), for a second in `next dev`. A loader that
 * throws (a broken file) is asked again next time.
 */
export function cachedContent<T>(load: () => T): () => T {
  let cached: { value: T; at: number } | undefined;
  return () => {
    const dev = process.env.NODE_ENV === "development";
    if (cached && (!dev || Date.now() - cached.at < DEV_REREAD_MS)) return cached.value;
    const value = load();
    cached = { value, at: Date.now() };
    return value;
  };
}
