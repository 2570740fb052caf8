import { VideoEmbed } from "@/components/mdx/VideoEmbed";
import { formatDuration, getVideos, youtubeEmbedUrl, youtubeWatchUrl } from "@/lib/content/videos";
import { JsonLd, videoJsonLd } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";
import { SOCIAL_LINKS } from "@/lib/site";
import { formatPostDate } from "../blog/_components/format";

export const metadata = pageMetadata({
  title: "SessionTV",
  description: "Short, plain-language videos about privacy, Session and the Session Token. Nothing loads from YouTube until you press play.",
  path: "/tv",
});

const CHANNELS = SOCIAL_LINKS.filter((l) => l.label === "YouTube" || l.label === "Odysee");

/** Durations for screen readers: "PT6M48S" -> "6 minutes 48 seconds". */
function spokenDuration(iso: string): string {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (!m) return iso;
  const parts: string[] = [];
  const add = (n: string | undefined, unit: string) => {
    if (n && Number(n)) parts.push(`${Number(n)} ${unit}${Number(n) === 1 ? "" : "s"}`);
  };
  add(m[1], "hour");
  add(m[2], "minute");
  add(m[3], "second");
  return parts.join(" ");
}

export default function TvPage() {
  const videos = getVideos();
  return (
    <>
      <JsonLd
        data={videos.map((v) =>
          videoJsonLd({ title: v.title, description: v.description, date: v.date, duration: v.duration, poster: v.poster, embedUrl: youtubeEmbedUrl(v.youtubeId), contentUrl: youtubeWatchUrl(v.youtubeId) }),
        )}
      />
      <header className="border-b border-line">
        <div className="mx-auto max-w-6xl px-4 pb-10 pt-14 sm:px-6 sm:pt-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">Videos</p>
          <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">SessionTV</h1>
          <p className="mt-4 max-w-2xl text-lg text-muted">
            Short explainers about privacy, the Session app and the Session Token. Videos load from YouTube only when you press play; every one is on Odysee too.
          </p>
          <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
            {CHANNELS.map((c) => (
              <li key={c.href}>
                <a href={c.href} rel="noopener noreferrer" className="font-semibold text-accent-fg underline underline-offset-4">
                  SessionTV on {c.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </header>
      <section aria-label="Videos" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <ul className="grid gap-10 md:grid-cols-2">
          {videos.map((v, i) => (
            <li key={v.id} id={v.id} className="scroll-mt-20">
              <VideoEmbed title={v.title} youtubeId={v.youtubeId} poster={v.poster} odyseeUrl={v.odyseeUrl} privacyNote={false} priority={i === 0} />
              <h2 className="mt-4 text-xl font-semibold leading-snug">{v.title}</h2>
              <p className="mt-1 text-sm text-muted">
                <time dateTime={v.date}>{formatPostDate(v.date)}</time>
                <span aria-hidden="true"> · </span>
                <time dateTime={v.duration} aria-label={spokenDuration(v.duration)}>
                  {formatDuration(v.duration)}
                </time>
              </p>
              <p className="mt-2 text-muted">{v.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
