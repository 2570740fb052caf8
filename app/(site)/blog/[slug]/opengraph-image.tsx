import { getAllPosts, getPost } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getBlogPageContent().post.ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

/** One social card per listed post, rendered at build time. */
export async function generateStaticParams() {
  return (await getAllPosts()).map((p) => ({ slug: p.slug }));
}

export default async function PostOpengraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = await getPost(slug);
  const { eyebrow } = getBlogPageContent().post.ogImage;
  return renderOgImage({ eyebrow, title: post?.title ?? eyebrow });
}
