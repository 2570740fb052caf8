import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { cx } from "@/components/ui/cx";
import { mdxComponents } from "./mdx-components";
import "./prose.css";

/**
 * Renders MDX from content/ on the server, at build time (every page using it is static). The
 * compiled code runs in Node during `next build` only; the browser receives plain HTML, plus the
 * client code of VideoEmbed when a page uses it.
 */
export async function MdxContent({ source, className }: { source: string; className?: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm], development: false });
  return (
    <div className={cx("prose-site", className)}>
      <Content components={mdxComponents} />
    </div>
  );
}
