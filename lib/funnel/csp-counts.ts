import { z } from "zod";
import { DAY_PATTERN } from "./counts";

/**
 * What is kept of a Content-Security-Policy violation report (lib/security/csp-report.ts): a count
 * per UTC day, violated directive and blocked origin. Not the page, the script's path, the sample,
 * the visitor's address or agent: a row says "something on our pages tried to load from there".
 */
export type CspViolationKey = {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  /** The effective directive, e.g. "script-src-elem", "connect-src". */
  directive: string;
  /** The blocked resource's origin ("https://evil.example"), or a keyword: "inline", "eval", "data", … */
  blocked: string;
};

export type CspViolationRow = CspViolationKey & { count: number };

export const cspViolationRowSchema = z.object({
  day: z.string().regex(DAY_PATTERN),
  directive: z.string(),
  blocked: z.string(),
  count: z.coerce.number().int().positive(),
});
