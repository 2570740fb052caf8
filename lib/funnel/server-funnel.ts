import { onShutdown } from "@/lib/lifecycle/shutdown";
import { SITE_URL } from "@/lib/site";
import { loadContentVocabulary } from "./content-vocabulary";
import type { FunnelAdminDeps } from "./handle-admin";
import type { FunnelEventDeps } from "./handle-event";
import { openFunnelStore } from "./open-store";
import { RotatingRateLimiter } from "./rate-limit";
import { rateLimitConfig } from "./rate-limit-config";
import { funnelStoreConfig } from "./store-config";
import type { FunnelStore } from "./store";
import type { FunnelVocabulary } from "./vocabulary";

/**
 * The server process's one store, one vocabulary and one limiter, made on first use. A store that
 * fails to open is retried on the next event instead of being remembered as broken.
 */
let store: Promise<FunnelStore> | undefined;
let vocabulary: Promise<FunnelVocabulary> | undefined;
let limiter: RotatingRateLimiter | undefined;

export function serverFunnelStore(): Promise<FunnelStore> {
  if (!store) {
    const opening = openFunnelStore(funnelStoreConfig()).catch((e: unknown) => {
      store = undefined;
      throw e;
    });
    // SIGTERM: the pool closes after the last request in flight (lib/lifecycle/shutdown.ts)
    onShutdown(async () => (await opening.catch(() => null))?.close());
    store = opening;
  }
  return store;
}

export function serverFunnelDeps(): FunnelEventDeps {
  vocabulary ??= loadContentVocabulary();
  limiter ??= new RotatingRateLimiter(rateLimitConfig());
  const loaded = vocabulary;
  return { store: serverFunnelStore, vocabulary: () => loaded, limiter, allowedOrigins: [new URL(SITE_URL).origin] };
}

let adminAttempts: RotatingRateLimiter | undefined;

/** The admin page's dependencies: the same store; 10 wrong tokens per client per 5 minutes. */
export function serverFunnelAdminDeps(): FunnelAdminDeps {
  adminAttempts ??= new RotatingRateLimiter({ perClient: 10, total: 1_000, windowMs: 5 * 60_000 });
  return { store: serverFunnelStore, attempts: adminAttempts, allowedOrigins: [new URL(SITE_URL).origin] };
}
