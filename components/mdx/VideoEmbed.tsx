"use client";

import { useEffect, useRef, useState } from "react";
import { fillTokens } from "@/lib/content/tokens";

/** The player's words, from content/site.yaml (components.video). */
export type VideoLabels = { play: string; privacyNote: string; youtube: string; odysee: string };

export type VideoEmbedProps = {
  title: string;
  youtubeId: string;
  /** Poster under public/ (we serve it): nothing is fetched from YouTube before a click. */
  poster: string;
  odyseeUrl?: string;
  labels: VideoLabels;
  /** Say under the player that it loads from YouTube only on play (a page can say it once instead). */
  privacyNote?: boolean;
  /** The first video on a page is often its largest image: load its poster first, not lazily. */
  priority?: boolean;
};

/**
 * Click-to-load video. Until the visitor presses play, the page shows our own poster and makes no
 * request to YouTube or Odysee; the privacy-enhanced youtube-nocookie.com player is inserted only
 * after the click (the CSP allows that frame host and no other).
 */
export function VideoEmbed({ title, youtubeId, poster, odyseeUrl, labels, privacyNote = true, priority = false }: VideoEmbedProps) {
  const [playing, setPlaying] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (playing) frame.current?.focus();
  }, [playing]);
  return (
    <div className="mdx-block">
      <div className="relative aspect-video overflow-hidden rounded-xl border border-line bg-black">
        {playing ? (
          <iframe
            ref={frame}
            src={`https://www.youtube-nocookie.com/embed/${encodeURIComponent(youtubeId)}?autoplay=1&rel=0`}
            title={title}
            className="absolute inset-0 h-full w-full"
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <button type="button" onClick={() => setPlaying(true)} className="group absolute inset-0 h-full w-full cursor-pointer" aria-label={fillTokens(labels.play, { title })}>
            {/* a plain img: the poster is our own static file, and next/image would add client code here */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={poster} alt="" width={1280} height={720} loading={priority ? "eager" : "lazy"} fetchPriority={priority ? "high" : "auto"} decoding="async" className="h-full w-full object-cover" />
            <span aria-hidden="true" className="absolute left-1/2 top-1/2 flex h-16 w-16 -translate-x-1/2 -translate-y-1/2 items-center justify-center rounded-full bg-accent text-on-accent shadow-lg transition-transform group-hover:scale-110 group-focus-visible:scale-110">
              <svg viewBox="0 0 24 24" width="28" height="28" fill="currentColor"><path d="M8 5v14l11-7z" /></svg>
            </span>
          </button>
        )}
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {!playing && privacyNote && <span className="text-muted">{labels.privacyNote}</span>}
        <a className="text-accent-fg underline underline-offset-2" href={`https://www.youtube.com/watch?v=${encodeURIComponent(youtubeId)}`} rel="noopener noreferrer">
          {labels.youtube}
          <span className="sr-only">: {title}</span>
        </a>
        {odyseeUrl && (
          <a className="text-accent-fg underline underline-offset-2" href={odyseeUrl} rel="noopener noreferrer">
            {labels.odysee}
            <span className="sr-only">: {title}</span>
          </a>
        )}
      </p>
    </div>
  );
}
