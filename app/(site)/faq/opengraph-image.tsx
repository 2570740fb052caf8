import { getFaq } from "@/lib/content/faq";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getFaq().ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function FaqOpengraphImage() {
  return renderOgImage(getFaq().ogImage);
}
