import type { ReactNode } from "react";
import { getAllTags } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { TagLinks } from "./TagLinks";

/** The top of the blog index and tag pages: the page's h1, a lead, the tag filter and RSS link. */
export function BlogHeader({ title, lead, currentTag }: { title: string; lead: ReactNode; currentTag?: string }) {
  const c = getBlogPageContent();
  return (
    <header className="border-b border-line">
      <div className="mx-auto max-w-6xl px-4 pb-10 pt-14 sm:px-6 sm:pt-20">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{c.eyebrow}</p>
        <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">{title}</h1>
        <div className="mt-4 max-w-2xl text-lg text-muted">{lead}</div>
        <div className="mt-8 flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <TagLinks tags={getAllTags()} current={currentTag} label={c.tagFilterLabel} />
          <a href="/blog/feed.xml" className="inline-flex shrink-0 items-center gap-2 text-sm font-semibold text-accent-fg underline underline-offset-4">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="currentColor"><path d="M5 3a16 16 0 0 1 16 16h-3A13 13 0 0 0 5 6zm0 6a10 10 0 0 1 10 10h-3a7 7 0 0 0-7-7zm2 7a2 2 0 1 1 0 4 2 2 0 0 1 0-4z" /></svg>
            {c.feedLink}
          </a>
        </div>
      </div>
    </header>
  );
}
