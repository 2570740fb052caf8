import { loadBlog } from "./blog";
import { loadFaq } from "./faq";
import { loadHome } from "./home";
import { loadPages } from "./pages";
import type { ContentProblem } from "./problems";
import { defaultRoot, type ContentRoot } from "./source-files";
import { loadVideos } from "./videos";

/** Every problem in every collection, so a marketer fixes them all in one pass. */
export function checkAllContent(root: ContentRoot = defaultRoot()): { problems: ContentProblem[]; counts: Record<string, number> } {
  const blog = loadBlog(root);
  const home = loadHome(root);
  const videos = loadVideos(root);
  const faq = loadFaq(root);
  const pages = loadPages(root);
  return {
    problems: [...blog.problems, ...home.problems, ...videos.problems, ...faq.problems, ...pages.problems],
    counts: {
      posts: blog.posts.filter((p) => !p.draft).length,
      drafts: blog.posts.filter((p) => p.draft).length,
      videos: videos.videos.length,
      "FAQ entries": faq.faq?.entries.length ?? 0,
      pages: pages.pages.length,
    },
  };
}
