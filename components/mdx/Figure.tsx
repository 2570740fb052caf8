import { createRequire } from "node:module";
import { getImageProps } from "next/image";

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

type FigureProps = {
  /** Site path of an image under public/, e.g. "/images/blog/chart.svg" (checked by content:check). */
  src: string;
  alt: string;
  caption?: string;
  /** Intrinsic size, so the page does not jump while the image loads. */
  width?: number;
  height?: number;
};

/**
 * An image with an optional caption, through next/image's getImageProps: the same srcset, sizes
 * and optimised formats as <Image>, rendered on the server as a plain <img> so articles ship no
 * client code for it (the <Image> component would add ~5 KB gzip to every MDX page).
 */
export function Figure({ src, alt, caption, width = 1200, height = 630 }: FigureProps) {
  const { props } = getImageProps({ src, alt, width: Number(width), height: Number(height), sizes: "(min-width: 768px) 720px, 100vw", unoptimized: !canOptimise(src) });
  return (
    <figure className="mdx-block">
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from getImageProps */}
      <img {...props} className="h-auto w-full rounded-xl border border-line" />
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
