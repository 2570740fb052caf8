/**
 * The one deadline for every read, on the server and in the browser. Unlike a `Promise.race`
 * against a timer, which leaves the losing request running, the work receives an AbortSignal
 * that fires at the deadline (or when the caller's own signal aborts), so a fetch given that
 * signal is actually cancelled: its socket is closed and nothing keeps running after the answer.
 */

/** The deadline passed before the work finished. */
export class DeadlineError extends Error {
  readonly ms: number;
  constructor(ms: number, what?: string) {
    super(`${what ?? "The request"} did not finish within ${formatSeconds(ms)}.`);
    this.name = "DeadlineError";
    this.ms = ms;
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

export type DeadlineOptions = {
  /** the caller's own cancellation (e.g. TanStack Query's `signal`): aborts the work too */
  signal?: AbortSignal;
  /** names the work in the DeadlineError's message */
  what?: string;
};

/**
 * Runs `work` with a signal that aborts after `ms` milliseconds or when `options.signal` aborts.
 * Rejects with a DeadlineError at the deadline even if the work ignores its signal, and with the
 * caller's abort reason when the caller cancelled.
 */
export async function withDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>, options: DeadlineOptions = {}): Promise<T> {
  const parent = options.signal;
  if (parent?.aborted) throw parent.reason;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onParentAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DeadlineError(ms, options.what);
      controller.abort(error);
      reject(error);
    }, ms);
    onParentAbort = () => {
      controller.abort(parent?.reason);
      reject(parent?.reason);
    };
    parent?.addEventListener("abort", onParentAbort, { once: true });
  });
  try {
    return await Promise.race([work(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    if (onParentAbort) parent?.removeEventListener("abort", onParentAbort);
  }
}

/** True when `error` is the deadline's (also when a fetch rethrows the signal's reason). */
export function isDeadlineError(error: unknown): error is DeadlineError {
  return error instanceof DeadlineError;
}
