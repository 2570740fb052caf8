import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "SessionTV: short explainers about privacy and the Session Token";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function TvOpengraphImage() {
  return renderOgImage({ eyebrow: "SessionTV", title: "Short explainers about privacy, Session and the Session Token" });
}
