import { getBlogPageContent } from "@/lib/content/page-content";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getBlogPageContent().seo.ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function BlogOpengraphImage() {
  return renderOgImage(getBlogPageContent().seo.ogImage);
}
