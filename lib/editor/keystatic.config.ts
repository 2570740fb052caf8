import { collection, config, singleton, type ComponentSchema } from "@keystatic/core";
import tagsFile from "@/content/blog/tags.json";
import { DATA_FILES } from "@/lib/content/data-file-specs";
import type { SchemaContext } from "@/lib/content/field-schema";
import { FAQ_FIELDS } from "@/lib/content/models/faq";
import { LEGAL_FIELDS } from "@/lib/content/models/legal";
import { POST_FIELDS } from "@/lib/content/models/post";
import { editorFields, titleWithSlug } from "./keystatic-fields";
import { mdxBody } from "./mdx-components";
import { editorStorage } from "./storage";

/**
 * The browser editor (Keystatic, at /keystatic): every content file as a form, built from the same
 * field descriptions as the build's schemas. It writes the files content:check reads, in their
 * formats (YAML, JSON, MDX with front matter).
 */

// the tags a post may choose, as the file lists them now (the editor reloads with `next dev` when it changes)
const ctx: SchemaContext = { allowedTags: (tagsFile as { tags?: { id: string }[] }).tags?.map((t) => t.id) ?? [] };

/** "content/pages/staking.yaml" -> key "pages-staking", path "content/pages/staking", format yaml. */
function dataSingleton(spec: (typeof DATA_FILES)[number]) {
  const [, rest = "", ext = "yaml"] = /^content\/(.+)\.(yaml|json)$/.exec(spec.file) ?? [];
  return [rest.replace(/\//g, "-"), singleton({ label: spec.label, path: `content/${rest}`, format: { data: ext as "yaml" | "json" }, schema: editorFields(spec.fields, ctx) })] as const;
}

const { title: postTitle, ...postFields } = POST_FIELDS;
const { title: legalTitle, ...legalFields } = LEGAL_FIELDS;

export default config({
  storage: editorStorage(),
  ui: { brand: { name: "Session Token content" } },
  collections: {
    posts: collection({
      label: "Blog posts",
      path: "content/blog/*",
      slugField: "title",
      format: { contentField: "body" },
      entryLayout: "content",
      schema: { title: titleWithSlug(postTitle, ctx), ...editorFields(postFields, ctx), body: mdxBody("Post", ctx) },
    }),
    legal: collection({
      label: "Legal pages",
      path: "content/pages/legal/*",
      slugField: "title",
      format: { contentField: "body" },
      entryLayout: "content",
      schema: { title: titleWithSlug(legalTitle, ctx), ...editorFields(legalFields, ctx), body: mdxBody("Text", ctx) },
    }),
  },
  singletons: {
    ...Object.fromEntries(DATA_FILES.map(dataSingleton)),
    faq: singleton({
      label: "FAQ",
      path: "content/faq",
      format: { contentField: "body" },
      entryLayout: "content",
      schema: { ...editorFields(FAQ_FIELDS, ctx), body: mdxBody("Questions (each a ## heading ending in ?) and answers", ctx) } as Record<string, ComponentSchema>,
    }),
  },
});
