import type { Metadata } from "next";
import { getAllPosts } from "@/lib/content/blog";
import { pageMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";
import { BlogHeader } from "./_components/BlogHeader";
import { PostList } from "./_components/PostList";

const base = pageMetadata({
  title: "Blog",
  description: "News from the Session Network: staking, the workchain, Lokinet, app updates and SessionTV, in plain words.",
  path: "/blog",
});

export const metadata: Metadata = {
  ...base,
  // lets feed readers discover the RSS feed from the blog's address
  alternates: { ...base.alternates, types: { "application/rss+xml": absoluteUrl("/blog/feed.xml") } },
};

export default async function BlogIndexPage() {
  const posts = await getAllPosts();
  return (
    <>
      <BlogHeader title="News from the Session Network" lead={<p>Network milestones, app updates and staking explainers, newest first.</p>} />
      <section aria-label="Posts" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <PostList posts={posts} />
      </section>
    </>
  );
}
