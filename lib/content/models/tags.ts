import { list, object, text } from "../fields";

/** content/blog/tags.json: the tags posts may use, in the order the tag filter shows them. */
export const TAGS_FILE_FIELDS = {
  tags: list(
    "Tags",
    object("Tag", {
      id: text("Id (its address: /blog/tags/<id>)", 30, { pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: "must be lower-case words joined by hyphens" } }),
      label: text("Name shown", 30),
    }),
    { min: 1, itemLabel: "label" },
  ),
} as const;
