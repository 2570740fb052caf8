/**
 * Remembers that a service (the funnel's database) is down, so that callers fail at once instead
 * of each waiting on a connection attempt, and lets one attempt through per backoff period: after a
 * failure the service is left alone for `initialMs`, then twice that after each further failure, up
 * to `maxMs`; the first success forgets it all. A flood of beacons while the database is down
 * therefore costs one connection attempt per period, and counting resumes on the first attempt
 * after the database is back.
 */
export class Backoff {
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #now: () => number;
  #failures = 0;
  #retryAt = 0;

  constructor({ initialMs = 500, maxMs = 30_000, now = Date.now }: { initialMs?: number; maxMs?: number; now?: () => number } = {}) {
    this.#initialMs = initialMs;
    this.#maxMs = maxMs;
    this.#now = now;
  }

  /** Whether an attempt may be made now; taking it pushes the next one a period away (one probe at a time). */
  attempt(): boolean {
    if (this.#failures === 0) return true;
    const now = this.#now();
    if (now < this.#retryAt) return false;
    this.#retryAt = now + this.#delay();
    return true;
  }

  failed(): void {
    this.#failures++;
    this.#retryAt = this.#now() + this.#delay();
  }

  succeeded(): void {
    this.#failures = 0;
    this.#retryAt = 0;
  }

  /** Seconds until the next attempt (a 503's Retry-After). */
  secondsLeft(): number {
    return Math.max(1, Math.ceil((this.#retryAt - this.#now()) / 1000));
  }

  #delay(): number {
    return Math.min(this.#maxMs, this.#initialMs * 2 ** Math.max(0, this.#failures - 1));
  }
}

/** Thrown instead of trying while the backoff holds: the caller answers 503 at once. */
export class StoreUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super("the funnel's database is unavailable; not trying again yet");
    this.name = "StoreUnavailableError";
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
