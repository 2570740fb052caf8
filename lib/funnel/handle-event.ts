import { clientAddress } from "./client-address";
import { NO_CTA, utcDay } from "./counts";
import { readTextWithin } from "@/lib/http/read-within";
import { isFunnelContentType } from "./event-body";
import { FUNNEL_EVENT_MAX_BYTES, funnelEventSchema, type FunnelEvent } from "./event-schema";
import type { RotatingRateLimiter } from "./rate-limit";
import { isSameOriginRequest } from "./same-origin";
import type { FunnelStore } from "./store";
import type { FunnelVocabulary } from "./vocabulary";

export type FunnelEventDeps = {
  store: () => Promise<FunnelStore>;
  vocabulary: () => Promise<FunnelVocabulary>;
  limiter: RotatingRateLimiter;
  /** Origins besides the request's own host that may post (the canonical site URL). */
  allowedOrigins?: readonly string[];
  now?: () => Date;
};

/** Short, fixed answers: nothing from the request is ever echoed back (or logged). */
function answer(status: number, message?: string, headers: Record<string, string> = {}): Response {
  return new Response(message ?? null, {
    status,
    headers: { "cache-control": "no-store", ...(message ? { "content-type": "text/plain; charset=utf-8" } : {}), ...headers },
  });
}

/** The browser asked, through its request headers, not to be tracked (beacon.ts checks too). */
function optedOut(headers: Headers): boolean {
  return headers.get("dnt") === "1" || headers.get("sec-gpc") === "1";
}

async function parseEvent(request: Request, vocabulary: FunnelVocabulary): Promise<FunnelEvent | string> {
  if (!isFunnelContentType(request.headers.get("content-type"))) return "the body must be text/plain;charset=UTF-8 (what navigator.sendBeacon sends for a string)";
  const text = await readTextWithin(request, FUNNEL_EVENT_MAX_BYTES);
  if (text === null) return `the body is larger than ${FUNNEL_EVENT_MAX_BYTES} bytes`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return "the body is not JSON";
  }
  const parsed = funnelEventSchema(vocabulary).safeParse(json);
  if (!parsed.success) return `not a funnel event: ${parsed.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`).join("; ")}`;
  return parsed.data;
}

/**
 * POST /api/funnel: one event in, one count up, nothing else kept. In order: same-origin (403),
 * Do Not Track / GPC headers (204, dropped), the in-memory rate limit (429), content type, size and
 * schema (400), then one upsert of (UTC day, step, path, cta). The request's address, agent,
 * referrer and cookies are never read into storage or logs; the address only feeds the limiter.
 */
export async function handleFunnelEvent(request: Request, deps: FunnelEventDeps): Promise<Response> {
  if (!isSameOriginRequest(request.headers, deps.allowedOrigins)) return answer(403, "cross-site events are refused");
  if (optedOut(request.headers)) return answer(204);
  if (!deps.limiter.take(clientAddress(request.headers))) return answer(429, "too many events; try later", { "retry-after": String(deps.limiter.secondsLeft()) });
  const event = await parseEvent(request, await deps.vocabulary());
  if (typeof event === "string") return answer(400, event);
  try {
    const store = await deps.store();
    await store.increment({ day: utcDay(deps.now?.() ?? new Date()), step: event.step, path: event.path, cta: event.cta ?? NO_CTA });
  } catch (e) {
    // the driver's error names the database problem, never the visitor
    console.error(`funnel: could not store a count (${e instanceof Error ? e.message : String(e)})`);
    return answer(503, "the count could not be stored");
  }
  return answer(204);
}
