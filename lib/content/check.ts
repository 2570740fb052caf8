import { loadBlog } from "./blog";
import { duplicateCtaProblems, type CtaRef } from "./ctas";
import { DATA_FILES, TAGS_FILE, VIDEOS_FILE } from "./data-file-specs";
import { loadDataFile } from "./data-files";
import { loadFaq } from "./faq";
import { loadPages } from "./pages";
import type { ContentProblem } from "./problems";
import { defaultRoot, type ContentRoot } from "./source-files";
import { loadVideos } from "./videos";

export type ContentCheck = {
  problems: ContentProblem[];
  counts: Record<string, number>;
  /** Every call to action with a valid id, across all files (the funnel accepts exactly these ids). */
  ctas: CtaRef[];
};

/** Every problem in every collection, so a marketer fixes them all in one pass. */
export function checkAllContent(root: ContentRoot = defaultRoot()): ContentCheck {
  const blog = loadBlog(root);
  // the blog reads the tags file and the videos have their own loader: each file is checked once
  const data = DATA_FILES.filter((spec) => spec !== TAGS_FILE && spec !== VIDEOS_FILE).map((spec) => loadDataFile(root, spec));
  const videos = loadVideos(root);
  const faq = loadFaq(root);
  const pages = loadPages(root);
  const ctas = [...data.flatMap((d) => d.ctas), ...blog.ctas, ...faq.ctas, ...pages.ctas];
  return {
    problems: [...blog.problems, ...data.flatMap((d) => d.problems), ...videos.problems, ...faq.problems, ...pages.problems, ...duplicateCtaProblems(ctas)],
    counts: {
      posts: blog.posts.filter((p) => !p.draft).length,
      drafts: blog.posts.filter((p) => p.draft).length,
      videos: videos.videos.length,
      "FAQ entries": faq.faq?.entries.length ?? 0,
      pages: pages.pages.length,
      "calls to action": ctas.length,
    },
    ctas,
  };
}
