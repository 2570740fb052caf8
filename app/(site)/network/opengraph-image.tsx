import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from "@/lib/seo/og-image";

export const alt = "No central server. A network of nodes, none of which can read you.";
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

export default function OpengraphImage() {
  return renderOgImage({ eyebrow: "The Session Network", title: "No central server. A network of nodes, none of which can read you." });
}
