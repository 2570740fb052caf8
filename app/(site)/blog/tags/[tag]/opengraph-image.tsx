import { getAllTags, getTagLabel } from "@/lib/content/blog";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "Session Network blog posts by tag";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamicParams = false;

/** One social card per allowed tag, rendered at build time. */
export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag }));
}

export default async function TagOpengraphImage({ params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
  return renderOgImage({ eyebrow: "Session Network blog", title: `Posts about ${getTagLabel(tag)}` });
}
