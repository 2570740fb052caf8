import type { Metadata } from "next";
import { getAllPosts } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";
import { BlogHeader } from "./_components/BlogHeader";
import { PostList } from "./_components/PostList";

export function generateMetadata(): Metadata {
  const { seo } = getBlogPageContent();
  const base = pageMetadata({ title: seo.title, description: seo.description, path: "/blog" });
  // lets feed readers discover the RSS feed from the blog's address
  return { ...base, alternates: { ...base.alternates, types: { "application/rss+xml": absoluteUrl("/blog/feed.xml") } } };
}

/** The blog's words are content/pages/blog.yaml; the posts content/blog/*.mdx. */
export default async function BlogIndexPage() {
  const posts = await getAllPosts();
  const c = getBlogPageContent();
  return (
    <>
      <BlogHeader title={c.title} lead={<p>{c.lead}</p>} />
      <section aria-label={c.postsLabel} className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <PostList posts={posts} />
      </section>
    </>
  );
}
