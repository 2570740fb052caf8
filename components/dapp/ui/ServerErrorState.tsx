"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ErrorState } from "./States";

/**
 * The error of a page the server read (/nodes, /nodes/<id>): Retry renders the page again on the
 * server, and the page's periodic refresh keeps trying, so it recovers once the service answers.
 * The error arrives as its sentence (an Error cannot cross from a server component).
 */
export function ServerErrorState({ title, message }: { title: string; message: string }) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return <ErrorState title={title} error={message} retrying={retrying} onRetry={() => startRetry(() => router.refresh())} />;
}
