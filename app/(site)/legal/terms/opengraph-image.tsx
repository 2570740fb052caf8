import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "Terms of use";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function LegalOpengraphImage() {
  return renderOgImage({ eyebrow: "Legal", title: "Terms of use" });
}
