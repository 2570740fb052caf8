import { sharedMap } from "@/lib/async/shared-map";
import { readEnv } from "@/lib/config/env";
import { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { onShutdown } from "@/lib/lifecycle/shutdown";
import { SITE_URL } from "@/lib/site";
import { Backoff, StoreUnavailableError } from "./backoff";
import { loadContentVocabulary } from "./content-vocabulary";
import type { FunnelAdminDeps } from "./handle-admin";
import type { FunnelEventDeps } from "./handle-event";
import { openFunnelStore } from "./open-store";
import { rateLimitConfig } from "./rate-limit-config";
import { funnelStoreConfig } from "./store-config";
import type { FunnelStore } from "./store";
import type { FunnelVocabulary } from "./vocabulary";

/**
 * The server process's one store (shared by every route that counts: Next bundles each route
 * separately, so it lives in a process-wide map), one vocabulary and one limiter, made on first use.
 * Nothing that failed to load is remembered as failed: a store that could not be opened is tried
 * again after a backoff (a flood of beacons while the database is down costs one attempt per
 * period, the others are answered 503 at once), a vocabulary that could not be read on the next event.
 */
type Shared = { store?: Promise<FunnelStore>; openBackoff: Backoff };
const shared = sharedMap<"funnel", Shared>("funnel-store");

export function serverFunnelStore(): Promise<FunnelStore> {
  let s = shared.get("funnel");
  if (!s) shared.set("funnel", (s = { openBackoff: new Backoff() }));
  const state = s;
  if (state.store) return state.store;
  if (!state.openBackoff.attempt()) return Promise.reject(new StoreUnavailableError(state.openBackoff.secondsLeft()));
  const opening = openFunnelStore(funnelStoreConfig()).then(
    (store) => {
      state.openBackoff.succeeded();
      return store;
    },
    (e: unknown) => {
      state.store = undefined;
      state.openBackoff.failed();
      throw e;
    },
  );
  // SIGTERM: the pool closes after the last request in flight (lib/lifecycle/shutdown.ts)
  onShutdown(async () => (await opening.catch(() => null))?.close());
  state.store = opening;
  return opening;
}

let vocabulary: Promise<FunnelVocabulary> | undefined;
let limiter: RotatingRateLimiter | undefined;

function serverVocabulary(): Promise<FunnelVocabulary> {
  vocabulary ??= loadContentVocabulary().catch((e: unknown) => {
    vocabulary = undefined;
    throw e;
  });
  return vocabulary;
}

export function serverFunnelDeps(): FunnelEventDeps {
  limiter ??= new RotatingRateLimiter(rateLimitConfig());
  return { store: serverFunnelStore, vocabulary: serverVocabulary, limiter, allowedOrigins: [new URL(SITE_URL).origin], trustedProxyHops: readEnv().TRUSTED_PROXY_HOPS };
}

let adminAttempts: RotatingRateLimiter | undefined;

/** The admin page's dependencies: the same store; 10 wrong tokens per client per 5 minutes. */
export function serverFunnelAdminDeps(): FunnelAdminDeps {
  adminAttempts ??= new RotatingRateLimiter({ perClient: 10, total: 1_000, windowMs: 5 * 60_000 });
  return { store: serverFunnelStore, attempts: adminAttempts, allowedOrigins: [new URL(SITE_URL).origin], trustedProxyHops: readEnv().TRUSTED_PROXY_HOPS };
}
