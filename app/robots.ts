import type { MetadataRoute } from "next";
import { isPreviewBuild } from "@/lib/content/drafts";
import { absoluteUrl } from "@/lib/site";

/** Crawlers may read the live site; a preview build (drafts shown, lib/content/drafts.ts) they may not. */
export default function robots(): MetadataRoute.Robots {
  if (isPreviewBuild()) return { rules: [{ userAgent: "*", disallow: "/" }] };
  return {
    rules: [{ userAgent: "*", allow: "/" }],
    sitemap: absoluteUrl("/sitemap.xml"),
    host: absoluteUrl("/"),
  };
}
