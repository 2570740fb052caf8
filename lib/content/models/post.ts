import { date, text } from "../fields";

/** Images a marketer adds to a post (its cover, a <Figure>) go to a folder of the post's own in here, served from POST_IMAGE_PATH. */
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
  cover: { kind: "image", label: "Cover image", description: "Shown on top of the post and in post lists (1200 × 630 looks best)", directory: POST_IMAGE_DIRECTORY, publicPath: POST_IMAGE_PATH, optional: true },
  coverAlt: text("Description of the cover image (required with a cover)", 200, { optional: true, description: "What the picture shows, for people who cannot see it" }),
  draft: { kind: "boolean", label: "Draft", description: "Shown while writing and in preview builds, never on the live site, its feed or sitemap", default: false },
} as const;
