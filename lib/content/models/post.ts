import { date, object, text } from "../fields";

/** Images a marketer adds to posts (the cover, a <Figure>) go here, and are served from IMAGE_PATH. */
export const POST_IMAGE_DIRECTORY = "public/images/blog";
export const POST_IMAGE_PATH = "/images/blog/";

/** The front matter of content/blog/*.mdx (the body under it is MDX, see lib/content/mdx-analysis.ts). */
export const POST_FIELDS = {
  title: text("Title", 100),
  description: text("Description (post lists, search results, social cards)", 160, { multiline: true }),
  date: date("Date"),
  updated: date("Updated", { optional: true }),
  author: text("Author", 60),
  tags: { kind: "tags", label: "Tags", description: "1 to 5 tags from content/blog/tags.json", min: 1, max: 5 },
  cover: object(
    "Cover image",
    {
      src: { kind: "image", label: "Image", directory: POST_IMAGE_DIRECTORY, publicPath: POST_IMAGE_PATH, optional: true },
      alt: text("Description of the image (required with an image)", 200, { optional: true }),
    },
    { optional: true },
  ),
  draft: { kind: "boolean", label: "Draft", description: "Shown while writing and in preview builds, never on the live site, its feed or sitemap", default: false },
} as const;
