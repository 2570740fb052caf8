import { getPublishedPosts, getTagLabel } from "@/lib/content/blog";
import { buildRssFeed } from "@/lib/content/feed";
import { getBlogPageContent, getSiteContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { SITE_URL } from "@/lib/site";

/** Written once at build time: the feed changes only when posts do. Drafts are never in it, preview or not. */
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const { feed } = getBlogPageContent();
  const xml = buildRssFeed({
    siteUrl: SITE_URL,
    title: fillTokens(feed.title, { site: getSiteContent().name }),
    description: feed.description,
    posts: await getPublishedPosts(),
    tagLabel: getTagLabel,
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
