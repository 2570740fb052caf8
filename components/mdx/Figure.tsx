import Image from "next/image";

type FigureProps = {
  /** Site path of an image under public/, e.g. "/images/blog/chart.svg" (checked by content:check). */
  src: string;
  alt: string;
  caption?: string;
  /** Intrinsic size, so the page does not jump while the image loads. */
  width?: number;
  height?: number;
};

/** An image with an optional caption, through next/image (sized, lazy, optimised formats). */
export function Figure({ src, alt, caption, width = 1200, height = 630 }: FigureProps) {
  return (
    <figure className="mdx-block">
      <Image src={src} alt={alt} width={Number(width)} height={Number(height)} sizes="(min-width: 768px) 720px, 100vw" className="h-auto w-full rounded-xl border border-line" />
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
