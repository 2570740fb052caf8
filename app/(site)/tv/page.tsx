import type { Metadata } from "next";
import { VideoEmbed } from "@/components/mdx/VideoEmbed";
import { getSiteContent, getTvPageContent } from "@/lib/content/page-content";
import { fillTokens } from "@/lib/content/tokens";
import { durationParts, formatDuration, getVideos, youtubeEmbedUrl, youtubeWatchUrl } from "@/lib/content/videos";
import { JsonLd, videoJsonLd } from "@/lib/seo/jsonld";
import { pageMetadata } from "@/lib/seo/metadata";
import { formatPostDate } from "../blog/_components/format";

export function generateMetadata(): Metadata {
  const { seo } = getTvPageContent();
  return pageMetadata({ title: seo.title, description: seo.description, path: "/tv" });
}

type DurationWords = ReturnType<typeof getTvPageContent>["duration"];

/** Durations for screen readers: "PT6M48S" -> "6 minutes 48 seconds", in content's words. */
function spokenDuration(iso: string, words: DurationWords): string {
  const parts = durationParts(iso);
  if (!parts) return iso;
  const units = [
    [parts.hours, words.hour, words.hours],
    [parts.minutes, words.minute, words.minutes],
    [parts.seconds, words.second, words.seconds],
  ] as const;
  return units
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => fillTokens(n === 1 ? one : many, { n }))
    .join(" ");
}

/** SessionTV: the words are content/pages/tv.yaml, the videos content/videos.yaml. */
export default function TvPage() {
  const videos = getVideos();
  const c = getTvPageContent();
  const player = getSiteContent().components.video;
  return (
    <>
      <JsonLd
        data={videos.map((v) =>
          videoJsonLd({ title: v.title, description: v.description, date: v.date, duration: v.duration, poster: v.poster, embedUrl: youtubeEmbedUrl(v.youtubeId), contentUrl: youtubeWatchUrl(v.youtubeId) }),
        )}
      />
      <header className="border-b border-line">
        <div className="mx-auto max-w-6xl px-4 pb-10 pt-14 sm:px-6 sm:pt-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent-fg">{c.eyebrow}</p>
          <h1 className="mt-2 text-4xl font-extrabold tracking-tight sm:text-5xl">{c.title}</h1>
          <p className="mt-4 max-w-2xl text-lg text-muted">{c.lead}</p>
          <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
            {c.channels.map((channel) => (
              <li key={channel.href}>
                <a href={channel.href} rel="noopener noreferrer" className="font-semibold text-accent-fg underline underline-offset-4">
                  {channel.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </header>
      <section aria-label={c.listLabel} className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <ul className="grid gap-10 md:grid-cols-2">
          {videos.map((v, i) => (
            <li key={v.id} id={v.id} className="scroll-mt-20">
              <VideoEmbed title={v.title} youtubeId={v.youtubeId} poster={v.poster} odyseeUrl={v.odyseeUrl} labels={player} privacyNote={false} priority={i === 0} />
              <h2 className="mt-4 text-xl font-semibold leading-snug">{v.title}</h2>
              <p className="mt-1 text-sm text-muted">
                <time dateTime={v.date}>{formatPostDate(v.date)}</time>
                <span aria-hidden="true"> · </span>
                <time dateTime={v.duration} aria-label={spokenDuration(v.duration, c.duration)}>
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
