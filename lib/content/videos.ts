import { loadDataFile } from "./data-files";
import { VIDEOS_FILE } from "./data-file-specs";
import type { ValueOf } from "./fields";
import type { VIDEOS_FILE_FIELDS } from "./models/videos";
import { ContentError, type ContentProblem } from "./problems";
import { defaultRoot, type ContentRoot } from "./source-files";

export type Video = ValueOf<(typeof VIDEOS_FILE_FIELDS)["videos"]["of"]>;

/** Privacy-friendly embed (no cookies until the visitor plays). Loaded only after a click. */
export function youtubeEmbedUrl(youtubeId: string): string {
  return `https://www.youtube-nocookie.com/embed/${youtubeId}`;
}

export function youtubeWatchUrl(youtubeId: string): string {
  return `https://www.youtube.com/watch?v=${youtubeId}`;
}

/** The parts of an ISO 8601 duration ("PT1H2M3S"), or null when it is not one. */
export function durationParts(iso: string): { hours: number; minutes: number; seconds: number } | null {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  return m ? { hours: Number(m[1] ?? 0), minutes: Number(m[2] ?? 0), seconds: Number(m[3] ?? 0) } : null;
}

/** Human duration for cards: "PT4M12S" -> "4:12", "PT1H2M" -> "1:02:00". */
export function formatDuration(iso: string): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return parts.hours ? `${parts.hours}:${pad(parts.minutes)}:${pad(parts.seconds)}` : `${parts.minutes}:${pad(parts.seconds)}`;
}

/** Reads content/videos.yaml (SessionTV), newest first. */
export function loadVideos(root: ContentRoot = defaultRoot()): { videos: Video[]; problems: ContentProblem[] } {
  const { data, problems } = loadDataFile(root, VIDEOS_FILE);
  const videos = [...(data?.videos ?? [])].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  return { videos, problems };
}

/** SessionTV videos, newest first; throws a ContentError naming file and field when the list is broken. */
export function getVideos(): Video[] {
  const { videos, problems } = loadVideos();
  if (problems.length) throw new ContentError(problems);
  return videos;
}
