/**
 * Where drafts (`draft: true`) show: while writing (`next dev`) and in a preview build
 * (`CONTENT_PREVIEW=1 npm run build`, for a staging site that search engines are told to skip),
 * never in a production build. The sitemap and the RSS feed never list them, whatever the build
 * (lib/content/blog.ts getPublishedPosts).
 */
export function showDrafts(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.NODE_ENV === "development" || isPreviewBuild(env);
}

/** A preview build shows drafts and asks search engines not to index it (app/robots.ts). */
export function isPreviewBuild(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.CONTENT_PREVIEW === "1";
}
