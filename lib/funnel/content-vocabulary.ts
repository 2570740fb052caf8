import { getAllPosts, getAllTags } from "@/lib/content/blog";
import { checkAllContent } from "@/lib/content/check";
import { STATIC_ROUTES } from "@/lib/site";
import { buildFunnelVocabulary, type FunnelVocabulary } from "./vocabulary";

/**
 * The vocabulary of the content this server serves, read once at start (the same files the build
 * rendered): every CTA id, every published post and tag page, the static and dApp routes.
 */
export async function loadContentVocabulary(): Promise<FunnelVocabulary> {
  const { ctas } = checkAllContent();
  const posts = await getAllPosts();
  return buildFunnelVocabulary({ ctaIds: ctas.map((c) => c.id), staticPaths: STATIC_ROUTES, postSlugs: posts.map((p) => p.slug), tags: getAllTags() });
}
