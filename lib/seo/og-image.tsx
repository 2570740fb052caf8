import { ImageResponse } from "next/og";
import { getSiteContent } from "@/lib/content/page-content";

/** OpenGraph / Twitter card size. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = "image/png";

/**
 * Renders a social card in the site's look: near-black, green accent, big title. The page gives
 * its eyebrow and title; the site's name and the tagline at the bottom are content/site.yaml's.
 * Uses next/og's bundled default font, so building needs no network.
 */
export function renderOgImage({ eyebrow, title }: { eyebrow: string; title: string }): ImageResponse {
  const site = getSiteContent();
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          background: "radial-gradient(circle at 85% 0%, rgba(0,247,130,0.35), rgba(11,13,12,0) 55%), #0b0d0c",
          color: "#f1f5f3",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 64, height: 64, borderRadius: 18, background: "#00f782", display: "flex", alignItems: "center", justifyContent: "center", color: "#04130b", fontSize: 40, fontWeight: 700 }}>
            {site.name.charAt(0)}
          </div>
          <div style={{ fontSize: 34, fontWeight: 700 }}>{site.name}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
          <div style={{ fontSize: 30, color: "#00f782", textTransform: "uppercase", letterSpacing: 3 }}>{eyebrow}</div>
          <div style={{ fontSize: title.length > 60 ? 58 : 70, lineHeight: 1.1, fontWeight: 700, maxWidth: 1000 }}>{title}</div>
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#a8b3ad" }}>{site.socialCard.tagline}</div>
      </div>
    ),
    OG_SIZE,
  );
}
