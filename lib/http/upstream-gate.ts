/**
 * Bounds what requests from the internet can make this server ask of an upstream service (the
 * staking backend), whatever their number:
 *
 * - at most `maxInFlight` upstream calls at once; beyond it the caller is told "busy" at once (the
 *   route answers 503 with Retry-After) instead of queueing work without end;
 * - shared reads (`read`): answers are kept for `ttlMs` and a burst of the same key makes one call,
 *   whose result every waiting request receives (coalescing); only successful answers are kept,
 *   failed ones are shared by the requests that waited for them and then forgotten;
 * - a call nobody waits for any more is aborted: a read when the last request waiting for it went
 *   away, an exclusive call (`exclusive`, e.g. a signature) when its one request did.
 *
 * At most `maxEntries` answers are kept (the oldest goes first), so keys an attacker makes up
 * (every address is a valid path) cannot grow memory without bound.
 */

export type UpstreamAnswer = { status: number; body: string };

export type UpstreamGateOptions = { maxInFlight: number; ttlMs: number; maxEntries?: number; now?: () => number };

type Pending = { promise: Promise<UpstreamAnswer>; controller: AbortController; waiters: number };

/** The client went away before its answer was ready. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the request");
    this.name = "ClientGone";
  }
}

export class UpstreamGate {
  readonly #options: Required<UpstreamGateOptions>;
  readonly #answers = new Map<string, { answer: UpstreamAnswer; at: number }>();
  readonly #pending = new Map<string, Pending>();
  #inFlight = 0;

  constructor(options: UpstreamGateOptions) {
    this.#options = { maxEntries: 1_000, now: Date.now, ...options };
  }

  /** Upstream calls running now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /**
   * A shared read: a fresh kept answer, or the call already running for `key`, or a new call if
   * there is room ("busy" if not). Rejects with ClientGone when `clientSignal` aborts first.
   */
  read(key: string, call: (signal: AbortSignal) => Promise<UpstreamAnswer>, clientSignal?: AbortSignal): Promise<UpstreamAnswer | "busy"> {
    const kept = this.#answers.get(key);
    if (kept && this.#options.now() - kept.at < this.#options.ttlMs) return Promise.resolve(kept.answer);
    if (kept) this.#answers.delete(key);
    let pending = this.#pending.get(key);
    if (!pending) {
      if (this.#inFlight >= this.#options.maxInFlight) return Promise.resolve("busy");
      const started = this.#start(call, (answer) => {
        this.#pending.delete(key);
        if (answer && answer.status >= 200 && answer.status < 300 && this.#options.ttlMs > 0) this.#keep(key, answer);
      });
      pending = { ...started, waiters: 0 };
      this.#pending.set(key, pending);
    }
    return this.#wait(pending, clientSignal);
  }

  /** A call of one request's own (not shared, not kept), aborted if that request goes away. */
  exclusive(call: (signal: AbortSignal) => Promise<UpstreamAnswer>, clientSignal?: AbortSignal): Promise<UpstreamAnswer | "busy"> {
    if (this.#inFlight >= this.#options.maxInFlight) return Promise.resolve("busy");
    const started = this.#start(call, () => undefined);
    return this.#wait({ ...started, waiters: 0 }, clientSignal);
  }

  #start(call: (signal: AbortSignal) => Promise<UpstreamAnswer>, settled: (answer: UpstreamAnswer | null) => void): Omit<Pending, "waiters"> {
    const controller = new AbortController();
    this.#inFlight++;
    const promise = call(controller.signal).then(
      (answer) => {
        this.#inFlight--;
        settled(answer);
        return answer;
      },
      (e: unknown) => {
        this.#inFlight--;
        settled(null);
        throw e;
      },
    );
    // a call whose every waiter left still settles; nobody else may be listening
    promise.catch(() => undefined);
    return { promise, controller };
  }

  #wait(pending: Pending, clientSignal: AbortSignal | undefined): Promise<UpstreamAnswer> {
    if (clientSignal?.aborted) {
      if (pending.waiters === 0) pending.controller.abort(new ClientGone());
      return Promise.reject(new ClientGone());
    }
    pending.waiters++;
    if (!clientSignal) return pending.promise;
    return new Promise<UpstreamAnswer>((resolve, reject) => {
      const onAbort = () => {
        pending.waiters--;
        if (pending.waiters === 0) pending.controller.abort(new ClientGone());
        reject(new ClientGone());
      };
      clientSignal.addEventListener("abort", onAbort, { once: true });
      pending.promise.then(
        (answer) => {
          clientSignal.removeEventListener("abort", onAbort);
          resolve(answer);
        },
        (e: unknown) => {
          clientSignal.removeEventListener("abort", onAbort);
          reject(e);
        },
      );
    });
  }

  #keep(key: string, answer: UpstreamAnswer): void {
    this.#answers.delete(key);
    this.#answers.set(key, { answer, at: this.#options.now() });
    while (this.#answers.size > this.#options.maxEntries) {
      const oldest = this.#answers.keys().next().value;
      if (oldest === undefined) break;
      this.#answers.delete(oldest);
    }
  }
}
