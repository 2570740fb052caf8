import { createRequire } from "node:module";
import { getImageProps } from "next/image";
import { cx } from "@/components/ui/cx";
import { imageDimensions } from "@/lib/content/image-dimensions";

/**
 * Next optimises raster images with sharp at request time. Where sharp is not installed (npm may
 * skip its install script), /_next/image would answer 500, so the file is served as it is instead.
 * SVGs are always served as they are.
 */
function canOptimise(src: string): boolean {
  if (src.endsWith(".svg")) return false;
  try {
    createRequire(import.meta.url).resolve("sharp");
    return true;
  } catch {
    return false;
  }
}

/** When neither the file nor the author says, the social-card shape the site's pictures use. */
const FALLBACK = { width: 1200, height: 630 };

type FigureProps = {
  /** Site path of an image under public/, e.g. "/images/blog/chart.svg" (checked by content:check). */
  src: string;
  alt: string;
  caption?: string;
  /** Intrinsic size, read from the file when not given, so the page does not jump while it loads. */
  width?: number;
  height?: number;
  /** The largest thing on screen (a post's cover): fetched first, never lazily. */
  priority?: boolean;
  className?: string;
};

/**
 * An image with an optional caption, through next/image's getImageProps: the same srcset, sizes
 * and optimised formats (AVIF, WebP) as <Image>, rendered on the server as a plain <img> so pages
 * ship no client code for it (the <Image> component would add ~5 KB gzip to every MDX page).
 */
export function Figure({ src, alt, caption, width, height, priority = false, className }: FigureProps) {
  const size = width && height ? { width: Number(width), height: Number(height) } : (imageDimensions(src) ?? FALLBACK);
  const { props } = getImageProps({
    src,
    alt,
    ...size,
    sizes: "(min-width: 768px) 720px, 100vw",
    unoptimized: !canOptimise(src),
    ...(priority ? { loading: "eager" as const, fetchPriority: "high" as const } : {}),
  });
  return (
    <figure className={cx("mdx-block", className)}>
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from getImageProps */}
      <img {...props} className="h-auto w-full rounded-xl border border-line" />
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
