/**
 * Server logs: one JSON line per event on stdout (pino), for the three things an operator acts on:
 * a server error, an upstream failure (RPC, staking backend, ENS, database) and a rate-limit hit.
 * Each line carries the request id (lib/log/request-id.ts) where there is a request, and the
 * instance (INSTANCE_NAME). Never a client address, a cookie or a header: the functions below take
 * only what they log, and URLs in error messages are cut to their host (an RPC URL may hold a key).
 */
import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { sharedValue } from "@/lib/async/shared-map";
import { serverEnv } from "@/lib/config/env";

/** INSTANCE_NAME from the env schema; a logger must still come up when the configuration is wrong (it logs that). */
function instanceName(): string | undefined {
  try {
    return serverEnv().INSTANCE_NAME;
  } catch {
    return undefined;
  }
}

/** The process's logger writes to stdout; a test passes its own destination. */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    base: { service: "session-token-site", instance: instanceName() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger: Logger = sharedValue("logger", () => createLogger());

/** An error's name and message with every URL cut to its host (no path, query or credentials). */
export function describeError(error: unknown): { name: string; message: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  const message = e.message.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]+/gi, (url) => {
    try {
      return `<${new URL(url).host}>`;
    } catch {
      return "<url>";
    }
  });
  return { name: e.name, message: message.slice(0, 500) };
}

export type Upstream = "rpc" | "backend" | "ens" | "database";

export function logUpstreamFailure(what: { upstream: Upstream; read: string; error: unknown; requestId?: string }, log: Logger = logger): void {
  log.warn({ event: "upstream_failure", upstream: what.upstream, read: what.read, requestId: what.requestId, error: describeError(what.error) }, `${what.upstream} read failed: ${what.read}`);
}

export function logServerError(what: { requestId?: string; method?: string; path?: string; route?: string; error: unknown }, log: Logger = logger): void {
  const stack = what.error instanceof Error ? what.error.stack?.split("\n").slice(1, 6).join("\n") : undefined;
  log.error({ event: "server_error", requestId: what.requestId, method: what.method, path: what.path, route: what.route, error: { ...describeError(what.error), stack } }, "server error");
}

/** Rate-limit hits are logged at most once per limiter and RATE_LOG_WINDOW_MS, with the hits since the line before. */
export const RATE_LOG_WINDOW_MS = 10_000;
const rateWindows = sharedValue("rate-log-windows", () => new Map<string, { since: number; hits: number }>());

/**
 * `limiter` names the limit ("funnel events"), not the path: the funnel's privacy test holds that no
 * log names its endpoint. A burst of refused requests (an attack) writes one line per window, not
 * one per request.
 */
export function logRateLimited(what: { requestId?: string; limiter: string }, log: Logger = logger, now = Date.now()): void {
  const w = rateWindows.get(what.limiter);
  if (w && now - w.since < RATE_LOG_WINDOW_MS) {
    w.hits++;
    return;
  }
  log.warn({ event: "rate_limited", requestId: what.requestId, limiter: what.limiter, hitsBefore: w?.hits ?? 0 }, `rate limit hit: ${what.limiter}`);
  rateWindows.set(what.limiter, { since: now, hits: 0 });
}
