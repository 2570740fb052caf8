import type { MetadataRoute } from "next";
import { getAllTags, getPublishedPosts } from "@/lib/content/blog";
import { STATIC_ROUTES, absoluteUrl } from "@/lib/site";

/** sitemap.xml: every static route, every published post and every tag that has posts; never a draft, even in dev or preview. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getPublishedPosts();
  const newest = posts[0]?.updated ?? posts[0]?.date;
  const usedTags = getAllTags().filter((t) => posts.some((p) => p.tags.includes(t)));
  return [
    ...STATIC_ROUTES.map((route) => ({
      url: absoluteUrl(route),
      changeFrequency: route === "/" || route === "/blog" ? ("weekly" as const) : ("monthly" as const),
      priority: route === "/" ? 1 : route === "/stake" || route === "/staking" ? 0.9 : 0.7,
      ...(route === "/blog" && newest ? { lastModified: newest } : {}),
    })),
    ...posts.map((p) => ({ url: absoluteUrl(`/blog/${p.slug}`), lastModified: p.updated ?? p.date, changeFrequency: "yearly" as const, priority: 0.6 })),
    ...usedTags.map((t) => ({ url: absoluteUrl(`/blog/tags/${t}`), changeFrequency: "weekly" as const, priority: 0.4 })),
  ];
}
