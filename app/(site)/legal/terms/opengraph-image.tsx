import { getPage } from "@/lib/content/pages";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getPage("legal/terms").ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function LegalTermsOpengraphImage() {
  return renderOgImage(getPage("legal/terms").ogImage);
}
