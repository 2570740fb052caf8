import { getAllPosts, getTagLabel } from "@/lib/content/blog";
import { buildRssFeed } from "@/lib/content/feed";
import { SITE_NAME, SITE_URL } from "@/lib/site";

/** Written once at build time: the feed changes only when posts do. */
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const xml = buildRssFeed({
    siteUrl: SITE_URL,
    title: `${SITE_NAME} blog`,
    description: "News from the Session Network: staking, the workchain, Lokinet, app updates and SessionTV.",
    posts: await getAllPosts(),
    tagLabel: getTagLabel,
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
