import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { Callout } from "./Callout";
import { CtaButton } from "./CtaButton";
import { Figure } from "./Figure";
import { Stat } from "./Stat";
import { getSiteContent } from "@/lib/content/page-content";
import { VideoEmbed, type VideoEmbedProps } from "./VideoEmbed";

/** Links in MDX: external ones get rel="noopener noreferrer"; internal ones stay plain <a>. */
function MdxLink({ href = "", ...rest }: ComponentPropsWithoutRef<"a">) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...(external ? { rel: "noopener noreferrer" } : {})} {...rest} />;
}

/** A video in a post: the author gives the video, content/site.yaml the player's words. */
function MdxVideoEmbed(props: Omit<VideoEmbedProps, "labels">) {
  return <VideoEmbed {...props} labels={getSiteContent().components.video} />;
}

/** The visible text of a heading, for its anchor id. */
function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

function anchorId(children: ReactNode): string | undefined {
  const id = textOf(children)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id || undefined;
}

/** Section headings get an id, so a marketer can link to "/blog/post#what-we-tested". */
function H2({ id, children, ...rest }: ComponentPropsWithoutRef<"h2">) {
  return (
    <h2 id={id ?? anchorId(children)} {...rest}>
      {children}
    </h2>
  );
}

function H3({ id, children, ...rest }: ComponentPropsWithoutRef<"h3">) {
  return (
    <h3 id={id ?? anchorId(children)} {...rest}>
      {children}
    </h3>
  );
}

/**
 * Everything an MDX author may use (lib/content/mdx-analysis.ts MDX_COMPONENT_NAMES lists the
 * same names, so content:check rejects any other component before the build).
 */
export const mdxComponents = {
  Callout,
  CtaButton,
  Figure,
  Stat,
  VideoEmbed: MdxVideoEmbed,
  a: MdxLink,
  h2: H2,
  h3: H3,
};
