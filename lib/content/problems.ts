import type { z } from "zod";

/** One thing wrong with one content file, phrased for the marketer who edits it. */
export type ContentProblem = {
  /** Repository-relative path, e.g. "content/blog/foo.mdx". */
  file: string;
  /** Field path, e.g. "description", "cover.src", "tags[1]"; empty when the whole file is wrong. */
  field: string;
  message: string;
};

/** `content/blog/foo.mdx: "description" must be at most 160 characters (got 171)` */
export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: "${p.field}" ${p.message}` : `${p.file}: ${p.message}`;
}

/** Thrown by the loaders, so a broken file fails `next build` with every problem of that collection. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      problems.length === 1
        ? formatProblem(problems[0]!)
        : `${problems.length} content problems:\n${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** "tags[1]", "cover.src", "steps[2].title" */
export function fieldPath(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "an empty value";
  if (Array.isArray(v)) return "a list";
  if (v instanceof Date) return "a date";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "object") return "a group of fields";
  return String(v);
}

const TYPE_WORDS: Record<string, string> = {
  string: "a text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a group of fields",
  date: "a date",
};

/** Turns one zod issue into a sentence a marketer can act on. */
function issueSentence(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type":
      // a schema may say what the missing field is for (zod's own wording starts with "Invalid")
      if (input === undefined) return issue.message.startsWith("Invalid") ? "is required" : issue.message;
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected} (got ${describeValue(input)})`;
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string") return `must be at most ${max} characters (got ${typeof input === "string" ? input.length : "?"})`;
      if (issue.origin === "array") return `must have at most ${max} entries (got ${Array.isArray(input) ? input.length : "?"})`;
      return `must be at most ${max}`;
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "must not be empty" : `must be at least ${min} characters (got ${typeof input === "string" ? input.length : "?"})`;
      if (issue.origin === "array") return issue.exact ? `must have exactly ${min} entries (got ${Array.isArray(input) ? input.length : "?"})` : `must have at least ${min} ${Number(issue.minimum) === 1 ? "entry" : "entries"}`;
      return `must be at least ${min}`;
    }
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")} (got ${describeValue(input)})`;
    case "invalid_key":
      // a record key (e.g. a tag name in tags.json) failed its own check: use that check's sentence
      return issue.issues[0] ? `is not a valid name: ${issue.issues[0].message}` : "is not a valid name";
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
    case "invalid_format":
      // our regex checks carry their own sentence in `message`
      return issue.message.startsWith("Invalid") ? `has the wrong format (got ${describeValue(input)})` : issue.message;
    default:
      return issue.message;
  }
}

/** zod issues -> problems naming the file and the field. */
export function problemsFromZod(file: string, error: z.ZodError, fieldPrefix = ""): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldPath(issue.path, fieldPrefix), message: issueSentence(issue) }));
}
