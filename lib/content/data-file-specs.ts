import type { Fields, ValueOfFields } from "./fields";
import { BLOG_PAGE_FIELDS } from "./models/blog-page";
import { HOME_FIELDS } from "./models/home";
import { NETWORK_FIELDS } from "./models/network";
import { NOT_FOUND_FIELDS } from "./models/not-found";
import { SITE_FIELDS } from "./models/site";
import { STAKING_FIELDS } from "./models/staking";
import { TAGS_FILE_FIELDS } from "./models/tags";
import { TOKEN_FIELDS } from "./models/token";
import { TV_PAGE_FIELDS } from "./models/tv-page";
import { VIDEOS_FILE_FIELDS } from "./models/videos";
import type { ContentProblem } from "./problems";

/**
 * The YAML and JSON files of content/, each with its fields: `content:check` validates exactly these,
 * the pages read them through lib/content/page-content.ts, and the browser editor offers each one as
 * a form (lib/editor/keystatic.config.ts). Pure, like the field descriptions.
 */
export type DataFileSpec<S extends Fields = Fields> = {
  /** Editor's name for it. */
  label: string;
  /** Repository-relative path. */
  file: `content/${string}.${"yaml" | "json"}`;
  fields: S;
  /** Rules across the file's entries (unique ids) beyond each field's own. */
  refine?: (data: ValueOfFields<S>, file: string) => ContentProblem[];
};

function defineDataFile<S extends Fields>(spec: DataFileSpec<S>): DataFileSpec<S> {
  return spec;
}

/** One problem per repeated id, on the later entry, naming the first. */
function uniqueIds(list: string, entries: readonly { id: string }[], file: string): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined) problems.push({ file, field: `${list}[${i}].id`, message: `repeats the id ${JSON.stringify(entry.id)} of ${list}[${first}]; ids must be unique` });
    else seen.set(entry.id, i);
  });
  return problems;
}

export const SITE_FILE = defineDataFile({ label: "Site: header, footer and shared labels", file: "content/site.yaml", fields: SITE_FIELDS });
export const HOME_FILE = defineDataFile({ label: "Home page", file: "content/home.yaml", fields: HOME_FIELDS });
export const STAKING_FILE = defineDataFile({ label: "Staking explained (/staking)", file: "content/pages/staking.yaml", fields: STAKING_FIELDS });
export const TOKEN_FILE = defineDataFile({ label: "The SESH token (/token)", file: "content/pages/token.yaml", fields: TOKEN_FIELDS });
export const NETWORK_FILE = defineDataFile({ label: "The Session Network (/network)", file: "content/pages/network.yaml", fields: NETWORK_FIELDS });
export const BLOG_PAGE_FILE = defineDataFile({ label: "Blog: titles and labels", file: "content/pages/blog.yaml", fields: BLOG_PAGE_FIELDS });
export const TV_PAGE_FILE = defineDataFile({ label: "SessionTV page (/tv)", file: "content/pages/tv.yaml", fields: TV_PAGE_FIELDS });
export const NOT_FOUND_FILE = defineDataFile({ label: "Page not found (404)", file: "content/pages/not-found.yaml", fields: NOT_FOUND_FIELDS });
export const VIDEOS_FILE = defineDataFile({
  label: "SessionTV videos",
  file: "content/videos.yaml",
  fields: VIDEOS_FILE_FIELDS,
  refine: (data, file) => uniqueIds("videos", data.videos, file),
});
export const TAGS_FILE = defineDataFile({
  label: "Blog tags",
  file: "content/blog/tags.json",
  fields: TAGS_FILE_FIELDS,
  refine: (data, file) => uniqueIds("tags", data.tags, file),
});

/** Every data file, in the order `content:check` reports them. */
export const DATA_FILES: readonly DataFileSpec[] = [SITE_FILE, HOME_FILE, STAKING_FILE, TOKEN_FILE, NETWORK_FILE, BLOG_PAGE_FILE, TV_PAGE_FILE, NOT_FOUND_FILE, VIDEOS_FILE, TAGS_FILE] as readonly DataFileSpec[];
