import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "An ERC-20 token on Arbitrum that secures the Session Network";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function OpengraphImage() {
  return renderOgImage({ eyebrow: "The SESH token", title: "An ERC-20 token on Arbitrum that secures the Session Network" });
}
