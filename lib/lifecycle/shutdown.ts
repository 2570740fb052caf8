/**
 * A graceful stop on SIGTERM (systemd, a deploy): Next's own handler stops accepting connections,
 * lets the requests in flight finish, then calls process.exit. Between the last request and the
 * exit, what was registered with onShutdown runs (the funnel's PostgreSQL pool closes), so no
 * request loses its database and no connection is left half-open on the server. A request that
 * never ends does not hold the process beyond GRACE_MS (systemd's TimeoutStopSec is longer).
 */
import "server-only";
import { sharedValue } from "@/lib/async/shared-map";
import { logger } from "@/lib/log/logger";

const GRACE_MS = 20_000;

const hooks = sharedValue("shutdown-hooks", () => new Set<() => Promise<void>>());

/** `close` runs once, after the last request, before the process exits. */
export function onShutdown(close: () => Promise<void>): void {
  hooks.add(close);
}

let closing: Promise<void> | null = null;
function closeAll(): Promise<void> {
  closing ??= Promise.allSettled([...hooks].map((h) => h())).then(() => logger.info({ event: "shutdown_done" }, "closed; exiting"));
  return closing;
}

/** Called once per process (instrumentation.ts). */
export function installShutdown(): void {
  if (sharedValue("shutdown-installed", () => ({ done: false })).done) return;
  sharedValue("shutdown-installed", () => ({ done: false })).done = true;
  process.once("SIGTERM", () => {
    logger.info({ event: "shutdown" }, "SIGTERM: finishing the requests in flight");
    const exit = process.exit.bind(process);
    // Next calls process.exit once its server has closed: close ours first
    process.exit = ((code?: number) => void closeAll().finally(() => exit(code))) as typeof process.exit;
    setTimeout(() => void closeAll().finally(() => exit(143)), GRACE_MS).unref();
  });
}
