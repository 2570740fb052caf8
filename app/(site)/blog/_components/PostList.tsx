import type { PostMeta } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { PostMetaLine } from "./PostMetaLine";

/** Posts as cards, newest first (the order given). Each title is the card's one link. */
export function PostList({ posts, headingLevel = 2, eagerImages = 2 }: { posts: readonly PostMeta[]; headingLevel?: 2 | 3; eagerImages?: number }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (posts.length === 0) return <p className="text-muted">{getBlogPageContent().empty}</p>;
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {posts.map((post, i) => (
        <li key={post.slug} className="group relative flex flex-col overflow-hidden rounded-2xl border border-line bg-card transition-colors focus-within:border-accent-fg hover:border-accent-fg">
          {post.cover && (
            // our own static SVG/PNG with its size: a plain img ships no client code
            // eslint-disable-next-line @next/next/no-img-element
            <img src={post.cover.src} alt="" width={1200} height={630} loading={i < eagerImages ? "eager" : "lazy"} decoding="async" className="aspect-[1200/630] w-full border-b border-line object-cover" />
          )}
          <div className="flex flex-1 flex-col p-6">
            <PostMetaLine post={post} />
            <Heading className="mt-2 text-xl font-semibold leading-snug">
              <a href={`/blog/${post.slug}`} className="after:absolute after:inset-0 hover:underline focus-visible:outline-none">
                {post.title}
              </a>
            </Heading>
            <p className="mt-2 text-muted">{post.description}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
