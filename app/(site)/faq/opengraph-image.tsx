import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "Frequently asked questions about SESH and staking";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function FaqOpengraphImage() {
  return renderOgImage({ eyebrow: "FAQ", title: "Questions about SESH, staking, rewards and exits" });
}
