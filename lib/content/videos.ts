import { ContentError, problemsFromZod, type ContentProblem } from "./problems";
import { videosFileSchema, type Video } from "./schemas";
import { contentPath, defaultRoot, displayPath, parseYamlSource, readText, type ContentRoot } from "./source-files";

export type { Video } from "./schemas";

export const VIDEOS_FILE = ["videos.yaml"];

/** Privacy-friendly embed (no cookies until the visitor plays). Loaded only after a click. */
export function youtubeEmbedUrl(youtubeId: string): string {
  return `https://www.youtube-nocookie.com/embed/${youtubeId}`;
}

export function youtubeWatchUrl(youtubeId: string): string {
  return `https://www.youtube.com/watch?v=${youtubeId}`;
}

/** Human duration for cards: "PT4M12S" -> "4:12", "PT1H2M" -> "1:02:00". */
export function formatDuration(iso: string): string {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!m) return iso;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${pad(min)}:${pad(s)}` : `${min}:${pad(s)}`;
}

/** Reads content/videos.yaml (SessionTV), newest first. */
export function loadVideos(root: ContentRoot = defaultRoot()): { videos: Video[]; problems: ContentProblem[] } {
  const file = contentPath(root, ...VIDEOS_FILE);
  const shown = displayPath(root, file);
  let raw: unknown;
  try {
    raw = parseYamlSource(readText(file));
  } catch (e) {
    return { videos: [], problems: [{ file: shown, field: "", message: `cannot be read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` }] };
  }
  const parsed = videosFileSchema(root).safeParse(raw, { reportInput: true });
  if (!parsed.success) return { videos: [], problems: problemsFromZod(shown, parsed.error) };
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  parsed.data.videos.forEach((v, i) => {
    const first = seen.get(v.id);
    if (first !== undefined) problems.push({ file: shown, field: `videos[${i}].id`, message: `repeats the id ${JSON.stringify(v.id)} of videos[${first}]; ids must be unique` });
    else seen.set(v.id, i);
  });
  const videos = [...parsed.data.videos].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  return { videos, problems };
}

/** SessionTV videos, newest first; throws a ContentError naming file and field when the list is broken. */
export function getVideos(): Video[] {
  const { videos, problems } = loadVideos();
  if (problems.length) throw new ContentError(problems);
  return videos;
}
