import { getAllTags, getTagLabel } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getBlogPageContent().tagPage.ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

/** One social card per allowed tag, rendered at build time. */
export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag }));
}

export default async function TagOpengraphImage({ params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
  const { eyebrow, title } = getBlogPageContent().tagPage.ogImage;
  return renderOgImage({ eyebrow, title: fillTokens(title, { tag: getTagLabel(tag) }) });
}
