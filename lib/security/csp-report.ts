/**
 * Reading a browser's Content-Security-Policy violation reports, in both formats browsers send:
 * `report-uri` (one `{"csp-report": {...}}` object, type application/csp-report) and the Reporting
 * API of `report-to` (an array of reports, type application/reports+json, of which only
 * "csp-violation" ones are ours). What comes out is what the store keeps and nothing more: the
 * violated directive and the blocked resource's origin (or a keyword such as "inline"), each from a
 * closed vocabulary or reduced to an origin, so nothing a page or an attacker writes in a report
 * (a URL's path, a sample of code, the visitor's address or agent) reaches storage.
 */
import { z } from "zod";

/** The largest report body read, in bytes (a real report is about 1 KiB; a batch a few). */
export const CSP_REPORT_MAX_BYTES = 16 * 1024;
/** Reports counted from one Reporting API batch at most. */
const MAX_REPORTS_PER_BATCH = 20;

export const CSP_REPORT_CONTENT_TYPES = ["application/csp-report", "application/reports+json", "application/json"] as const;

const DIRECTIVES = new Set([
  "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr", "img-src", "font-src",
  "connect-src", "frame-src", "child-src", "worker-src", "manifest-src", "media-src", "object-src", "base-uri", "form-action", "frame-ancestors",
  "require-trusted-types-for", "trusted-types", "fenced-frame-src",
]);

/** What a blocked-uri may be besides a URL (CSP3's keywords, and what older browsers send). */
const KEYWORDS = new Set(["inline", "eval", "wasm-eval", "trusted-types-policy", "trusted-types-sink", "self", "data", "blob"]);

export type CspViolation = { directive: string; blocked: string };

/** "script-src-elem" as is; a directive no browser sends becomes "other". */
function directiveOf(raw: unknown): string {
  if (typeof raw !== "string") return "other";
  const name = raw.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return DIRECTIVES.has(name) ? name : "other";
}

/** An http(s) URL's origin, another scheme's name ("data", "chrome-extension"), a keyword, or "other". */
function blockedOf(raw: unknown): string {
  if (typeof raw !== "string" || raw === "") return "inline";
  const value = raw.trim().toLowerCase();
  if (KEYWORDS.has(value)) return value;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "other";
  }
  if (url.protocol === "http:" || url.protocol === "https:" || url.protocol === "ws:" || url.protocol === "wss:") {
    return url.origin.length <= 120 ? url.origin : "other";
  }
  const scheme = url.protocol.slice(0, -1);
  return /^[a-z][a-z0-9+.-]{0,30}$/.test(scheme) ? scheme : "other";
}

const legacySchema = z.object({
  "csp-report": z.looseObject({
    "effective-directive": z.unknown().optional(),
    "violated-directive": z.unknown().optional(),
    "blocked-uri": z.unknown().optional(),
  }),
});

const reportingApiSchema = z
  .array(
    z.looseObject({
      type: z.unknown(),
      body: z.looseObject({ effectiveDirective: z.unknown().optional(), blockedURL: z.unknown().optional() }).optional(),
    }),
  )
  .max(100);

/** The violations in a report body (already size-checked), or null when it is not a CSP report at all. */
export function parseCspReport(text: string): CspViolation[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const legacy = legacySchema.safeParse(json);
  if (legacy.success) {
    const r = legacy.data["csp-report"];
    return [{ directive: directiveOf(r["effective-directive"] ?? r["violated-directive"]), blocked: blockedOf(r["blocked-uri"]) }];
  }
  const batch = reportingApiSchema.safeParse(json);
  if (!batch.success) return null;
  return batch.data
    .filter((r) => r.type === "csp-violation" && r.body)
    .slice(0, MAX_REPORTS_PER_BATCH)
    .map((r) => ({ directive: directiveOf(r.body?.effectiveDirective), blocked: blockedOf(r.body?.blockedURL) }));
}

export function isCspReportContentType(header: string | null): boolean {
  const type = (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return (CSP_REPORT_CONTENT_TYPES as readonly string[]).includes(type);
}
