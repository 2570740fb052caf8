/**
 * Bounds what requests from the internet can make this server ask of an upstream service (the
 * staking backend), whatever their number: at most `maxInFlight` upstream calls at once; beyond
 * it the caller is told "busy" at once (the route answers 503 with Retry-After) instead of
 * queueing work without end. A call of one request's own (a signature) is aborted when that
 * request goes away. Sharing answers between requests is the server cache's (lib/server-cache).
 */

export type UpstreamAnswer = { status: number; body: string };

export type UpstreamGateOptions = { maxInFlight: number };

/** The client went away before its answer was ready. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the request");
    this.name = "ClientGone";
  }
}

/** No room for another upstream call: thrown where a "busy" answer must cross a shared load. */
export class UpstreamBusy extends Error {
  constructor() {
    super("too many upstream calls in flight");
    this.name = "UpstreamBusy";
  }
}

/** `work`'s result, or ClientGone as soon as `clientSignal` aborts (the work itself goes on for others). */
export function untilClientGone<T>(work: Promise<T>, clientSignal?: AbortSignal): Promise<T> {
  if (!clientSignal) return work;
  if (clientSignal.aborted) return Promise.reject(new ClientGone());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ClientGone());
    clientSignal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (v) => {
        clientSignal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        clientSignal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

export class UpstreamGate {
  readonly #maxInFlight: number;
  #inFlight = 0;

  constructor(options: UpstreamGateOptions) {
    this.#maxInFlight = options.maxInFlight;
  }

  /** Upstream calls running now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** A call within the cap ("busy" when there is no room), aborted if `clientSignal` aborts first. */
  exclusive(call: (signal: AbortSignal) => Promise<UpstreamAnswer>, clientSignal?: AbortSignal): Promise<UpstreamAnswer | "busy"> {
    if (this.#inFlight >= this.#maxInFlight) return Promise.resolve("busy");
    if (clientSignal?.aborted) return Promise.reject(new ClientGone());
    const controller = new AbortController();
    const onAbort = () => controller.abort(new ClientGone());
    clientSignal?.addEventListener("abort", onAbort, { once: true });
    this.#inFlight++;
    const done = call(controller.signal).finally(() => {
      this.#inFlight--;
      clientSignal?.removeEventListener("abort", onAbort);
    });
    return untilClientGone(done, clientSignal);
  }
}
