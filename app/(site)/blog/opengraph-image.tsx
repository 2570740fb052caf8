import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "News from the Session Network";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function BlogOpengraphImage() {
  return renderOgImage({ eyebrow: "Blog", title: "News from the Session Network" });
}
