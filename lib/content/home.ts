import { homeCtaRefs, type CtaRef } from "./ctas";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { homeSchema, type HomeContent } from "./schemas";
import { contentPath, defaultRoot, displayPath, parseYamlSource, readText, type ContentRoot } from "./source-files";

export type { HomeContent } from "./schemas";

export const HOME_FILE = ["home.yaml"];

/** Reads content/home.yaml: headline, CTA labels and links, the three staking steps, key figures. */
export function loadHome(root: ContentRoot = defaultRoot()): { home: HomeContent | null; ctas: CtaRef[]; problems: ContentProblem[] } {
  const file = contentPath(root, ...HOME_FILE);
  const shown = displayPath(root, file);
  let raw: unknown;
  try {
    raw = parseYamlSource(readText(file));
  } catch (e) {
    return { home: null, ctas: [], problems: [{ file: shown, field: "", message: `cannot be read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` }] };
  }
  const parsed = homeSchema().safeParse(raw, { reportInput: true });
  if (!parsed.success) return { home: null, ctas: [], problems: problemsFromZod(shown, parsed.error) };
  return { home: parsed.data, ctas: homeCtaRefs(parsed.data, shown), problems: [] };
}

/** The home page's copy and figures; throws a ContentError naming file and field when it is broken. */
export function getHomeContent(): HomeContent {
  const { home, problems } = loadHome();
  if (!home) throw new ContentError(problems);
  return home;
}
