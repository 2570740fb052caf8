import { getSiteContent } from "@/lib/content/page-content";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getSiteContent().socialCard.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

/** The site's default social card (content/site.yaml socialCard), for pages without their own. */
export default function OpengraphImage() {
  return renderOgImage(getSiteContent().socialCard);
}
