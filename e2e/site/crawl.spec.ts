import { expect, test } from "@playwright/test";
import { SITE_URL } from "../../lib/site";

/**
 * Crawls the site from "/" (plus /sitemap.xml and /blog/feed.xml) following every internal link:
 * <a href>, <link href> in <head> (canonical, RSS, icons), og:image, <img src>, sitemap <loc> and
 * feed <link> entries. Every target must answer < 400, and every #fragment must exist on its page.
 * Absolute links to SITE_URL count as internal and are fetched from the server under test.
 */
test("a crawl from / finds no broken internal link or anchor", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? "http://127.0.0.1:3100").origin;
  const toLocal = (raw: string, from: string): string | null => {
    const href = raw.replace(/&amp;/g, "&").trim();
    if (!href || /^(mailto:|tel:|javascript:|data:)/i.test(href)) return null;
    const url = new URL(href, origin + from);
    if (url.origin === new URL(SITE_URL).origin) return url.pathname + url.search + url.hash;
    if (url.origin !== origin) return null; // external: not ours to crawl
    return url.pathname + url.search + url.hash;
  };

  const queue: { path: string; from: string }[] = [
    { path: "/", from: "(start)" },
    { path: "/sitemap.xml", from: "(start)" },
    { path: "/blog/feed.xml", from: "(start)" },
    { path: "/robots.txt", from: "(start)" },
  ];
  const visited = new Map<string, { status: number; ids: Set<string> }>();
  const fragments: { page: string; id: string; from: string }[] = [];
  const broken: string[] = [];

  while (queue.length) {
    const { path: target, from } = queue.shift()!;
    const [pathAndQuery, hash] = target.split("#") as [string, string | undefined];
    if (hash) fragments.push({ page: pathAndQuery, id: decodeURIComponent(hash), from });
    if (visited.has(pathAndQuery)) continue;
    const res = await request.get(pathAndQuery, { maxRedirects: 5 });
    const status = res.status();
    const ids = new Set<string>();
    visited.set(pathAndQuery, { status, ids });
    if (status >= 400) {
      broken.push(`${pathAndQuery} -> ${status} (linked from ${from})`);
      continue;
    }
    const type = res.headers()["content-type"] ?? "";
    if (!/html|xml|text\/plain/.test(type)) continue;
    const body = await res.text();
    for (const m of body.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]!);
    const links: string[] = [];
    if (type.includes("html")) {
      for (const m of body.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) links.push(m[1]!);
      for (const m of body.matchAll(/<link\b[^>]*?\shref="([^"]*)"/g)) links.push(m[1]!);
      for (const m of body.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) links.push(m[1]!);
      for (const m of body.matchAll(/<meta\b[^>]*?property="og:image"[^>]*?content="([^"]*)"/g)) links.push(m[1]!);
    } else if (type.includes("xml")) {
      for (const m of body.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) links.push(m[1]!);
    } else {
      for (const m of body.matchAll(/^Sitemap:\s*(\S+)/gim)) links.push(m[1]!);
    }
    for (const raw of links) {
      const local = toLocal(raw, pathAndQuery);
      if (local && !local.startsWith("/_next/static/")) queue.push({ path: local, from: pathAndQuery });
    }
  }

  for (const f of fragments) {
    const page = visited.get(f.page);
    if (page && page.status < 400 && !page.ids.has(f.id)) broken.push(`${f.page}#${f.id}: no element with that id (linked from ${f.from})`);
  }
  expect(broken).toEqual([]);
  // the crawl really walked the site: every marketing section and more than a handful of pages
  for (const p of ["/token", "/network", "/staking", "/blog", "/tv", "/faq", "/legal/terms", "/legal/privacy", "/stake"]) expect(visited.has(p), p).toBe(true);
  expect(visited.size).toBeGreaterThan(20);
});
