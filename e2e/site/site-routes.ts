import { getAllPosts } from "../../lib/content/blog";
import { MARKETING_ROUTES } from "../../lib/site";

/**
 * The marketing pages the site e2e visits: every static marketing route plus the newest post and
 * the tag page of its first tag (posts come from the same content loader the build used; drafts
 * are hidden because Playwright does not run with NODE_ENV=development).
 */
export async function marketingPages(): Promise<string[]> {
  const [newest] = await getAllPosts();
  if (!newest) throw new Error("content/blog has no published post");
  return [...MARKETING_ROUTES, `/blog/${newest.slug}`, `/blog/tags/${newest.tags[0]}`];
}

/** A post page, for the checks that need one. */
export async function newestPostPath(): Promise<string> {
  const [newest] = await getAllPosts();
  if (!newest) throw new Error("content/blog has no published post");
  return `/blog/${newest.slug}`;
}

/** Origin of the server under test (playwright.config.ts baseURL). */
export function isSameOrigin(url: string, baseURL: string | undefined): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:") return true;
    return u.origin === new URL(baseURL ?? "http://127.0.0.1:3100").origin;
  } catch {
    return false;
  }
}
