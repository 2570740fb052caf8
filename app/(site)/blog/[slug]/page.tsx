import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MdxContent } from "@/components/mdx/MdxContent";
import { Figure } from "@/components/mdx/Figure";
import { getAllPosts, getPost } from "@/lib/content/blog";
import { getBlogPageContent } from "@/lib/content/page-content";
import { JsonLd, articleJsonLd } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";
import { PostList } from "../_components/PostList";
import { PostMetaLine } from "../_components/PostMetaLine";
import { TagLinks } from "../_components/TagLinks";

type Props = { params: Promise<{ slug: string }> };

/** Every published post is pre-rendered; anything else (including drafts in production) is a 404. */
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllPosts()).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPost(slug);
  if (!post) return {};
  return pageMetadata({ title: post.title, description: post.description, path: `/blog/${post.slug}`, type: "article", publishedTime: post.date });
}

export default async function BlogPostPage({ params }: Props) {
  const { slug } = await params;
  const post = await getPost(slug);
  if (!post) notFound();
  const related = (await getAllPosts()).filter((p) => p.slug !== post.slug && p.tags.some((t) => post.tags.includes(t))).slice(0, 2);
  const words = getBlogPageContent().post;
  return (
    <>
      <JsonLd data={articleJsonLd({ title: post.title, description: post.description, date: post.date, updated: post.updated, slug: post.slug, author: post.author, image: post.cover?.src })} />
      <article className="mx-auto max-w-3xl px-4 pb-16 pt-12 sm:px-6 sm:pt-16">
        <p>
          <a href="/blog" className="text-sm font-semibold text-accent-fg underline-offset-4 hover:underline">
            <span aria-hidden="true">←</span> {words.backLink}
          </a>
        </p>
        <header className="mt-6">
          <h1 className="text-3xl font-extrabold leading-tight tracking-tight sm:text-5xl">{post.title}</h1>
          <p className="mt-4 text-lg text-muted">{post.description}</p>
          <div className="mt-6 flex flex-col gap-3">
            <PostMetaLine post={post} showAuthor />
            <TagLinks tags={post.tags} label={words.tagsLabel} />
          </div>
        </header>
        {/* the cover is the largest thing on screen: optimised, loaded first, at its real size */}
        {post.cover && <Figure src={post.cover.src} alt={post.cover.alt} priority className="mt-8" />}
        <MdxContent source={post.body} className="mt-10 text-lg" />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="border-t border-line bg-bg-raised">
          <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
            <h2 id="related-title" className="text-2xl font-bold">
              {words.related}
            </h2>
            <div className="mt-6">
              <PostList posts={related} headingLevel={3} eagerImages={0} />
            </div>
          </div>
        </section>
      )}
    </>
  );
}
