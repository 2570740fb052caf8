import { date, list, object, text } from "../fields";

/** SessionTV posters go here (16:9), served from POSTER_PATH. */
export const POSTER_DIRECTORY = "public/images/tv";
export const POSTER_PATH = "/images/tv/";

export const VIDEO_FIELDS = {
  id: text("Id (its address on /tv)", 80, { pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: "must be lower-case words joined by hyphens, e.g. what-is-sesh" } }),
  title: text("Title", 100),
  description: text("Description", 160, { multiline: true }),
  date: date("Date"),
  duration: text("Duration", 16, { description: "ISO 8601: PT4M12S is 4 min 12 s, PT1H2M is 1 h 2 min", pattern: { regex: /^PT(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?$/, message: 'must be an ISO 8601 duration such as "PT4M12S" (4 min 12 s)' } }),
  // a poster may be shown by a post too (<VideoEmbed poster=…>): picked by its path, never moved by a save
  poster: { kind: "image", label: "Poster (1280 × 720)", description: "Its path, e.g. /images/tv/what-is-sesh.svg (put the file in public/images/tv/)", directory: POSTER_DIRECTORY, publicPath: POSTER_PATH, pickedBy: "path" },
  youtubeId: text("YouTube id", 11, { description: "The 11 characters after watch?v= in the YouTube link", pattern: { regex: /^[A-Za-z0-9_-]{11}$/, message: "must be the 11-character id from the YouTube link (…watch?v=THIS_PART)" } }),
  odyseeUrl: text("Odysee page", 300, { pattern: { regex: /^https:\/\/odysee\.com\/\S+$/, message: "must be the video's page on https://odysee.com/" } }),
} as const;

/** content/videos.yaml: the SessionTV videos (the order does not matter: /tv shows the newest first). */
export const VIDEOS_FILE_FIELDS = {
  videos: list("Videos", object("Video", VIDEO_FIELDS), { min: 1, itemLabel: "title" }),
} as const;
