import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllTags, getPostsByTag, getTagLabel } from "@/lib/content/blog";
import { pageMetadata } from "@/lib/seo/metadata";
import { BlogHeader } from "../../_components/BlogHeader";
import { PostList } from "../../_components/PostList";

type Props = { params: Promise<{ tag: string }> };

/** One static page per allowed tag (content/blog/tags.json); any other tag is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  const label = getTagLabel(tag);
  return pageMetadata({ title: `${label} posts`, description: `Posts about ${label} from the Session Network blog, newest first.`, path: `/blog/tags/${tag}` });
}

export default async function BlogTagPage({ params }: Props) {
  const { tag } = await params;
  if (!getAllTags().includes(tag)) notFound();
  const posts = await getPostsByTag(tag);
  const label = getTagLabel(tag);
  return (
    <>
      <BlogHeader
        title={`Posts tagged “${label}”`}
        currentTag={tag}
        lead={
          <p>
            {posts.length} {posts.length === 1 ? "post" : "posts"}, newest first.{" "}
            <a href="/blog" className="text-accent-fg underline underline-offset-4">See all posts</a>
          </p>
        }
      />
      <section aria-label={`Posts tagged ${label}`} className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <PostList posts={posts} />
      </section>
    </>
  );
}
