import { text, type Fields } from "../fields";
import { POST_IMAGE_DIRECTORY, POST_IMAGE_PATH } from "./post";
import { VIDEO_FIELDS } from "./videos";

/**
 * The components MDX authors may use in posts, the FAQ and the legal pages, each with the fields of
 * its attributes: content:check validates every use against them (lib/content/mdx-analysis.ts),
 * the browser editor offers them as blocks (lib/editor/mdx-components.ts), and
 * components/mdx/mdx-components.tsx renders them. `wrapper` components hold Markdown between their
 * tags; `block` components take attributes only.
 */
export type MdxComponentSpec = { label: string; kind: "wrapper" | "block"; fields: Fields };

export const MDX_COMPONENTS = {
  Callout: {
    label: "Callout (highlighted box)",
    kind: "wrapper",
    fields: {
      type: { kind: "select", label: "Kind", options: [{ value: "info", label: "Note" }, { value: "tip", label: "Tip" }, { value: "warning", label: "Warning" }], default: "info" },
      title: text("Title (the kind's name when empty)", 80, { optional: true }),
    },
  },
  CtaButton: {
    label: "Call to action button",
    kind: "block",
    fields: {
      id: { kind: "ctaId", label: "Id in the funnel report", description: 'Lower-case words joined by hyphens, unique across the site, e.g. "blog-my-post-stake"' },
      href: { kind: "href", label: "Link", description: 'A page of this site ("/stake") or an https:// address' },
      label: text("Button text", 40),
    },
  },
  Figure: {
    label: "Image",
    kind: "block",
    fields: {
      src: { kind: "image", label: "Image", directory: POST_IMAGE_DIRECTORY, publicPath: POST_IMAGE_PATH },
      alt: text("Description of the image (for people who cannot see it)", 200),
      caption: text("Caption", 200, { optional: true }),
      width: { kind: "integer", label: "Width in pixels (read from the file when empty)", min: 1, max: 10_000, optional: true },
      height: { kind: "integer", label: "Height in pixels (read from the file when empty)", min: 1, max: 10_000, optional: true },
    },
  },
  VideoEmbed: {
    label: "SessionTV video",
    kind: "block",
    fields: {
      title: VIDEO_FIELDS.title,
      youtubeId: VIDEO_FIELDS.youtubeId,
      poster: VIDEO_FIELDS.poster,
      odyseeUrl: { ...VIDEO_FIELDS.odyseeUrl, optional: true },
    },
  },
  Stat: {
    label: "Key figure",
    kind: "block",
    fields: { value: text("Figure", 30), label: text("What it is", 80), note: text("Small print", 160, { optional: true }) },
  },
} as const satisfies Record<string, MdxComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The component names, in the order messages list them. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
