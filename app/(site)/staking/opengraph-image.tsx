import { getStakingContent } from "@/lib/content/page-content";
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = getStakingContent().seo.ogImage.alt;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function StakingOpengraphImage() {
  return renderOgImage(getStakingContent().seo.ogImage);
}
