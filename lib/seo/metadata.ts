import type { Metadata } from "next";
import { getSiteContent } from "@/lib/content/page-content";
import { absoluteUrl } from "@/lib/site";

/** The site-wide social card rendered by app/opengraph-image.tsx. */
export const DEFAULT_OG_IMAGE = "/opengraph-image";

export type PageMetadataInput = {
  /** Page title without the site name; the root layout's template appends " | Session Token". */
  title: string;
  /** One sentence, at most 160 characters (search result snippet). */
  description: string;
  /** Site path of the page, e.g. "/blog/my-post"; becomes the canonical URL. */
  path: string;
  /**
   * Social image (site path or absolute URL). Omit it to use the route's own opengraph-image file
   * when it has one (file-based metadata wins), else the site's default card (app/opengraph-image).
   */
  image?: string;
  type?: "website" | "article";
  /** ISO date of an article's publication. */
  publishedTime?: string;
};

/**
 * The one helper every page uses for its metadata: title, description, canonical, OpenGraph and
 * Twitter card stay consistent.
 */
export function pageMetadata({ title, description, path, image, type = "website", publishedTime }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const site = getSiteContent();
  // A page's openGraph object replaces its parents' (including the root opengraph-image file), so a
  // default image is always set here; a route's own opengraph-image file still takes precedence.
  const images = [{ url: absoluteUrl(image ?? DEFAULT_OG_IMAGE), width: 1200, height: 630, alt: title }];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: site.name,
      locale: "en_US",
      ...(type === "article" ? { type: "article" as const, ...(publishedTime ? { publishedTime } : {}) } : { type: "website" as const }),
      images,
    },
    twitter: {
      card: "summary_large_image",
      site: site.twitterHandle,
      title,
      description,
      images: images.map((i) => i.url),
    },
  };
}
