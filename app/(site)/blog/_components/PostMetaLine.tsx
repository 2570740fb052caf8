import type { PostMeta } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { formatPostDate } from "./format";

/** Date, reading time and (optionally) author of a post, on one muted line. */
export function PostMetaLine({ post, showAuthor = false }: { post: PostMeta; showAuthor?: boolean }) {
  const words = getBlogPageContent().post;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      <time dateTime={post.date}>{formatPostDate(post.date)}</time>
      <span aria-hidden="true">·</span>
      <span>{fillTokens(words.readingTime, { minutes: post.readingMinutes })}</span>
      {showAuthor && (
        <>
          <span aria-hidden="true">·</span>
          <span>{post.author}</span>
        </>
      )}
      {post.draft && <span className="rounded-full border border-[#b45309] px-2 text-xs font-semibold text-fg">{words.draft}</span>}
    </p>
  );
}
