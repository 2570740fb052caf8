import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "Stake SESH, keep the network running, earn rewards";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function OpengraphImage() {
  return renderOgImage({ eyebrow: "Staking explained", title: "Stake SESH, keep the network running, earn rewards" });
}
