import { createHash, randomBytes } from "node:crypto";

export type RateLimitOptions = {
  /** Events one client address may send per window. */
  perClient: number;
  /** Events all clients together may send per window (caps what a spoofed address can add). */
  total: number;
  windowMs: number;
  /** Distinct buckets kept per window; beyond it, new addresses share one overflow bucket. */
  maxBuckets?: number;
  now?: () => number;
};

/**
 * An in-memory fixed-window limiter that never knows who it limits: a client address is hashed
 * with a random salt that is replaced, together with every bucket, at the end of each window. The
 * salt and the buckets exist only in this process's memory; nothing is written anywhere, and after
 * a window has passed not even this process can tell which bucket was whose.
 */
export class RotatingRateLimiter {
  readonly #options: Required<RateLimitOptions>;
  #salt = randomBytes(16);
  #windowStartedAt: number;
  #buckets = new Map<string, number>();
  #total = 0;

  constructor(options: RateLimitOptions) {
    this.#options = { maxBuckets: 100_000, now: Date.now, ...options };
    this.#windowStartedAt = this.#options.now();
  }

  /** Takes one event from the client's allowance; false when it is spent (answer 429, store nothing). */
  take(clientAddress: string): boolean {
    this.#rotateIfDue();
    const bucket = this.#bucketOf(clientAddress);
    const used = this.#buckets.get(bucket) ?? 0;
    if (used >= this.#options.perClient || this.#total >= this.#options.total) return false;
    this.#buckets.set(bucket, used + 1);
    this.#total++;
    return true;
  }

  /** Whether the client's allowance is spent, without taking from it (a check before a costly step). */
  isSpent(clientAddress: string): boolean {
    this.#rotateIfDue();
    return (this.#buckets.get(this.#bucketOf(clientAddress)) ?? 0) >= this.#options.perClient || this.#total >= this.#options.total;
  }

  /** Seconds until the current window ends (the Retry-After of a 429). */
  secondsLeft(): number {
    return Math.max(1, Math.ceil((this.#windowStartedAt + this.#options.windowMs - this.#options.now()) / 1000));
  }

  #rotateIfDue(): void {
    const now = this.#options.now();
    if (now - this.#windowStartedAt < this.#options.windowMs) return;
    this.#salt = randomBytes(16);
    this.#buckets = new Map();
    this.#total = 0;
    this.#windowStartedAt = now;
  }

  #bucketOf(clientAddress: string): string {
    const bucket = createHash("sha256").update(this.#salt).update(clientAddress).digest("base64url").slice(0, 22);
    if (this.#buckets.has(bucket) || this.#buckets.size < this.#options.maxBuckets) return bucket;
    return "overflow";
  }
}
