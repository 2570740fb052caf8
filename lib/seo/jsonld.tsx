import { getSiteContent } from "@/lib/content/page-content";
import { SITE_URL, absoluteUrl } from "@/lib/site";

/** A JSON-LD object (schema.org). */
export type JsonLdObject = Record<string, unknown>;

/**
 * Serialises JSON-LD for an inline script. `<` is escaped so a string such as "</script>" inside
 * content can never close the script element; U+2028/2029 are escaped for old JS parsers.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

const ORGANIZATION_ID = `${SITE_URL}/#organization`;

export function organizationJsonLd(): JsonLdObject {
  const site = getSiteContent();
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": ORGANIZATION_ID,
    name: site.name,
    url: SITE_URL,
    logo: absoluteUrl("/icon.svg"),
    description: site.description,
    sameAs: site.footer.social.map((l) => l.href),
  };
}

export type ArticleJsonLdInput = {
  title: string;
  description: string;
  /** ISO date (YYYY-MM-DD or full ISO). */
  date: string;
  updated?: string;
  slug: string;
  author: string;
  /** Site path or absolute URL of the cover image. */
  image?: string;
};

export function articleJsonLd({ title, description, date, updated, slug, author, image }: ArticleJsonLdInput): JsonLdObject {
  const url = absoluteUrl(`/blog/${slug}`);
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: title,
    description,
    datePublished: date,
    dateModified: updated ?? date,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    author: { "@type": "Person", name: author },
    publisher: { "@type": "Organization", "@id": ORGANIZATION_ID, name: getSiteContent().name, logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") } },
    ...(image ? { image: [absoluteUrl(image)] } : {}),
  };
}

export function faqJsonLd(entries: readonly { question: string; answerText: string }[]): JsonLdObject {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((e) => ({
      "@type": "Question",
      name: e.question,
      acceptedAnswer: { "@type": "Answer", text: e.answerText },
    })),
  };
}

export type VideoJsonLdInput = {
  title: string;
  description: string;
  /** ISO date of upload. */
  date: string;
  /** ISO 8601 duration, e.g. "PT4M12S". */
  duration: string;
  /** Poster image (site path or absolute URL); served by us. */
  poster: string;
  embedUrl: string;
  /** Public page of the video (YouTube or Odysee). */
  contentUrl: string;
};

export function videoJsonLd({ title, description, date, duration, poster, embedUrl, contentUrl }: VideoJsonLdInput): JsonLdObject {
  return {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    name: title,
    description,
    uploadDate: date,
    duration,
    thumbnailUrl: [absoluteUrl(poster)],
    embedUrl,
    contentUrl,
    publisher: { "@type": "Organization", "@id": ORGANIZATION_ID, name: getSiteContent().name },
  };
}
