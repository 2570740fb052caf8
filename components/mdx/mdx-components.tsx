import type { ComponentPropsWithoutRef } from "react";
import { Callout } from "./Callout";
import { CtaButton } from "./CtaButton";
import { Figure } from "./Figure";
import { Stat } from "./Stat";
import { VideoEmbed } from "./VideoEmbed";

/** Links in MDX: external ones get rel="noopener noreferrer"; internal ones stay plain <a>. */
function MdxLink({ href = "", ...rest }: ComponentPropsWithoutRef<"a">) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...(external ? { rel: "noopener noreferrer" } : {})} {...rest} />;
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
  VideoEmbed,
  a: MdxLink,
};
