import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAllTags, getPostsByTag, getTagLabel } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
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
  const values = { tag: getTagLabel(tag) };
  const words = getBlogPageContent().tagPage;
  return pageMetadata({ title: fillTokens(words.seoTitle, values), description: fillTokens(words.seoDescription, values), path: `/blog/tags/${tag}` });
}

/** A tag's posts: the words are content/pages/blog.yaml (tagPage), the tag's name content/blog/tags.json. */
export default async function BlogTagPage({ params }: Props) {
  const { tag } = await params;
  if (!getAllTags().includes(tag)) notFound();
  const posts = await getPostsByTag(tag);
  const words = getBlogPageContent().tagPage;
  const values = { tag: getTagLabel(tag), count: posts.length };
  return (
    <>
      <BlogHeader
        title={fillTokens(words.title, values)}
        currentTag={tag}
        lead={
          <p>
            {fillTokens(posts.length === 1 ? words.countOne : words.countMany, values)}{" "}
            <a href="/blog" className="text-accent-fg underline underline-offset-4">
              {words.allPosts}
            </a>
          </p>
        }
      />
      <section aria-label={fillTokens(words.listLabel, values)} className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <PostList posts={posts} />
      </section>
    </>
  );
}
