import { clientAddress } from "@/lib/http/client-address";
import { StoreUnavailableError } from "./backoff";
import { NO_CTA, utcDay } from "./counts";
import { readTextWithin } from "@/lib/http/read-within";
import { isFunnelContentType } from "./event-body";
import { FUNNEL_EVENT_MAX_BYTES, funnelEventSchema, type FunnelEvent } from "./event-schema";
import type { RotatingRateLimiter } from "@/lib/http/rate-limit";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import type { FunnelStore } from "./store";
import type { FunnelVocabulary } from "./vocabulary";

export type FunnelEventDeps = {
  store: () => Promise<FunnelStore>;
  vocabulary: () => Promise<FunnelVocabulary>;
  limiter: RotatingRateLimiter;
  /** Origins besides the request's own host that may post (the canonical site URL). */
  allowedOrigins?: readonly string[];
  /** TRUSTED_PROXY_HOPS: which address is the client's (lib/http/client-address.ts). */
  trustedProxyHops?: number;
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

type Refusal = { status: 400 | 413; message: string };

async function parseEvent(request: Request, vocabulary: FunnelVocabulary): Promise<FunnelEvent | Refusal> {
  if (!isFunnelContentType(request.headers.get("content-type"))) return { status: 400, message: "the body must be text/plain;charset=UTF-8 (what navigator.sendBeacon sends for a string)" };
  const text = await readTextWithin(request, FUNNEL_EVENT_MAX_BYTES);
  if (text === null) return { status: 413, message: `the body is larger than ${FUNNEL_EVENT_MAX_BYTES} bytes` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, message: "the body is not JSON" };
  }
  const parsed = funnelEventSchema(vocabulary).safeParse(json);
  if (!parsed.success) return { status: 400, message: `not a funnel event: ${parsed.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`).join("; ")}` };
  return parsed.data;
}

/**
 * POST /api/funnel: one event in, one count up, nothing else kept. In order: same-origin (403),
 * Do Not Track / GPC headers (204, dropped), the in-memory rate limit (429), content type (400), size
 * (413, read no further than the limit), schema (400), then one upsert of (UTC day, step, path, cta). The request's address, agent,
 * referrer and cookies are never read into storage or logs; the address only feeds the limiter.
 */
export async function handleFunnelEvent(request: Request, deps: FunnelEventDeps): Promise<Response> {
  if (!isSameOriginRequest(request.headers, deps.allowedOrigins)) return answer(403, "cross-site events are refused");
  if (optedOut(request.headers)) return answer(204);
  if (!deps.limiter.take(clientAddress(request.headers, deps.trustedProxyHops ?? 0))) return answer(429, "too many events; try later", { "retry-after": String(deps.limiter.secondsLeft()) });
  let vocabulary: FunnelVocabulary;
  try {
    vocabulary = await deps.vocabulary();
  } catch (e) {
    // tried again on the next event (server-funnel.ts)
    console.error(`funnel: could not read the content's vocabulary (${e instanceof Error ? e.message : String(e)})`);
    return answer(503, "the event could not be checked", { "retry-after": "5" });
  }
  const event = await parseEvent(request, vocabulary);
  if ("status" in event) return answer(event.status, event.message);
  try {
    const store = await deps.store();
    await store.increment({ day: utcDay(deps.now?.() ?? new Date()), step: event.step, path: event.path, cta: event.cta ?? NO_CTA });
  } catch (e) {
    // the database is known to be down: answered at once, and not logged again for every beacon
    if (e instanceof StoreUnavailableError) return answer(503, "the count could not be stored", { "retry-after": String(e.retryAfterSeconds) });
    // the driver's error names the database problem, never the visitor
    console.error(`funnel: could not store a count (${e instanceof Error ? e.message : String(e)})`);
    return answer(503, "the count could not be stored", { "retry-after": "5" });
  }
  return answer(204);
}
