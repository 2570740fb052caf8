import { z } from "zod";
import { CTA_ID_MAX } from "@/lib/content/schemas";
import { FUNNEL_STEPS, PAGE_VIEW_STEPS } from "./steps";
import type { FunnelVocabulary } from "./vocabulary";

/** The largest event body accepted, in bytes: a real one is under 120. */
export const FUNNEL_EVENT_MAX_BYTES = 512;

const PATH_MAX = 200;

/**
 * One event from the browser, exactly as lib/funnel/beacon.ts sends it: the step, the page path and
 * optionally a CTA id. Strict: any other field (an id, a timestamp, a referrer) is a 400, so
 * nothing else can ever reach storage.
 */
export function funnelEventSchema(vocabulary: FunnelVocabulary) {
  return z
    .strictObject({
      step: z.enum(FUNNEL_STEPS),
      path: z
        .string()
        .max(PATH_MAX)
        .refine((path) => vocabulary.paths.has(path), { message: "is not a page of this site" }),
      cta: z
        .string()
        .max(CTA_ID_MAX)
        .refine((id) => vocabulary.ctaIds.has(id), { message: "is not a CTA id from content/" })
        .optional(),
    })
    .superRefine((event, ctx) => {
      if (event.step === "cta_click" && event.cta === undefined) ctx.addIssue({ code: "custom", path: ["cta"], message: "a cta_click names its CTA" });
      const page = (PAGE_VIEW_STEPS as Partial<Record<string, string>>)[event.step];
      if (page !== undefined && event.path !== page) ctx.addIssue({ code: "custom", path: ["path"], message: `${event.step} is counted on ${page} only` });
    });
}

export type FunnelEvent = z.infer<ReturnType<typeof funnelEventSchema>>;
