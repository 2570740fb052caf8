import type { PostMeta } from "./blog";

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // characters XML 1.0 forbids outright (control characters other than tab/newline/return)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** RFC 822 date as RSS 2.0 requires, at noon UTC so no time zone shows the previous day. */
export function rfc822(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toUTCString();
}

export type FeedInput = {
  siteUrl: string;
  title: string;
  description: string;
  posts: readonly PostMeta[];
  /** Tag slug -> label, for <category>. */
  tagLabel?: (tag: string) => string;
};

/** RSS 2.0 for the blog: absolute links, escaped text, newest first (the order given). */
export function buildRssFeed({ siteUrl, title, description, posts, tagLabel = (t) => t }: FeedInput): string {
  const base = siteUrl.replace(/\/+$/, "");
  const blogUrl = `${base}/blog`;
  const feedUrl = `${blogUrl}/feed.xml`;
  const items = posts.map((p) => {
    const url = `${blogUrl}/${p.slug}`;
    return [
      "    <item>",
      `      <title>${escapeXml(p.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${rfc822(p.date)}</pubDate>`,
      `      <description>${escapeXml(p.description)}</description>`,
      `      <dc:creator>${escapeXml(p.author)}</dc:creator>`,
      ...p.tags.map((t) => `      <category>${escapeXml(tagLabel(t))}</category>`),
      "    </item>",
    ].join("\n");
  });
  const lastBuild = posts[0] ? rfc822(posts[0].updated ?? posts[0].date) : undefined;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    <title>${escapeXml(title)}</title>`,
    `    <link>${escapeXml(blogUrl)}</link>`,
    `    <description>${escapeXml(description)}</description>`,
    "    <language>en</language>",
    `    <atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuild ? [`    <lastBuildDate>${lastBuild}</lastBuildDate>`] : []),
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
