import { object, seo, text } from "../fields";

const tag = { tag: "the tag's name" } as const;

/** content/pages/blog.yaml: the words around the posts on /blog, a post page, a tag page and the RSS feed. */
export const BLOG_PAGE_FIELDS = {
  seo: seo(),
  eyebrow: text("Small line above the title", 30),
  title: text("Title", 90),
  lead: text("Lead", 200, { multiline: true }),
  postsLabel: text("Name of the list of posts (screen readers)", 30),
  tagFilterLabel: text("Name of the tag filter (screen readers)", 40),
  feedLink: text("RSS feed link", 30),
  empty: text("When there are no posts", 80),
  post: object("A post's page", {
    backLink: text("Link back to all posts", 30),
    readingTime: text("Reading time", 30, { tokens: { minutes: "minutes to read the post" } }),
    draft: text("Draft badge (seen only while writing)", 30),
    tagsLabel: text("Name of the post's tags (screen readers)", 30),
    related: text("Title above related posts", 60),
    ogImage: object("Social card image", { eyebrow: text("Small line above the title", 40), alt: text("Description of the image", 120) }),
  }),
  tagPage: object("A tag's page", {
    seoTitle: text("Page title", 70, { tokens: tag }),
    seoDescription: text("Description", 160, { tokens: tag }),
    title: text("Title", 90, { tokens: tag }),
    countOne: text("Count of one post", 60, { tokens: { count: "the number of posts" } }),
    countMany: text("Count of several posts", 60, { tokens: { count: "the number of posts" } }),
    allPosts: text("Link to all posts", 30),
    listLabel: text("Name of the list (screen readers)", 60, { tokens: tag }),
    ogImage: object("Social card image", { eyebrow: text("Small line above the title", 40), title: text("Title on the image", 90, { tokens: tag }), alt: text("Description of the image", 120) }),
  }),
  feed: object("RSS feed", { title: text("Title", 60, { tokens: { site: "the site name" } }), description: text("Description", 200, { multiline: true }) }),
} as const;
