import type { Metadata } from "next";
import { SITE_NAME, TWITTER_HANDLE, absoluteUrl } from "@/lib/site";

export type PageMetadataInput = {
  /** Page title without the site name; the root layout's template appends " | Session Token". */
  title: string;
  /** One sentence, at most 160 characters (search result snippet). */
  description: string;
  /** Site path of the page, e.g. "/blog/my-post"; becomes the canonical URL. */
  path: string;
  /** Social image (site path or absolute URL). Omit to use the route's generated opengraph-image. */
  image?: string;
  type?: "website" | "article";
  /** ISO date of an article's publication. */
  publishedTime?: string;
};

/**
 * The one helper every page uses for its metadata: title, description, canonical, OpenGraph and
 * Twitter card stay consistent. When no image is given, Next's file-based opengraph-image of the
 * route (or its nearest parent) fills og:image and twitter:image.
 */
export function pageMetadata({ title, description, path, image, type = "website", publishedTime }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = image ? [{ url: absoluteUrl(image), width: 1200, height: 630, alt: title }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAME,
      locale: "en_US",
      ...(type === "article" ? { type: "article" as const, ...(publishedTime ? { publishedTime } : {}) } : { type: "website" as const }),
      ...(images ? { images } : {}),
    },
    twitter: {
      card: "summary_large_image",
      site: TWITTER_HANDLE,
      title,
      description,
      ...(images ? { images: images.map((i) => i.url) } : {}),
    },
  };
}
