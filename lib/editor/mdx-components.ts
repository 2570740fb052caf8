import { fields, type ComponentSchema } from "@keystatic/core";
import { block, wrapper, type ContentComponent } from "@keystatic/core/content-components";
import type { SchemaContext } from "@/lib/content/field-schema";
import { MDX_COMPONENTS } from "@/lib/content/models/mdx-components";
import { editorFields } from "./keystatic-fields";

/** The MDX components as the editor's blocks, from the same descriptions content:check uses. */
export function editorMdxComponents(ctx: SchemaContext): Record<string, ContentComponent> {
  return Object.fromEntries(
    Object.entries(MDX_COMPONENTS).map(([name, spec]) => {
      const schema: Record<string, ComponentSchema> = editorFields(spec.fields, ctx);
      return [name, spec.kind === "wrapper" ? wrapper({ label: spec.label, schema }) : block({ label: spec.label, schema })];
    }),
  );
}

/**
 * A post's or page's MDX body in the editor: Markdown plus the components, section headings from
 * h2 (the title is the page's h1). Pictures go in through the Image component (alt text required,
 * served optimised); a Markdown image would have neither, so the toolbar does not offer one.
 */
export function mdxBody(label: string, ctx: SchemaContext) {
  return fields.mdx({
    label,
    extension: "mdx",
    options: { heading: [2, 3, 4], image: false, codeBlock: false },
    components: editorMdxComponents(ctx),
  });
}
