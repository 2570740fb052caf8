/**
 * SESH amounts. The token has 9 decimals: 1 SESH = 10^9 atomic units. Every amount in the app is a
 * bigint of atomic units; these helpers are the only way text becomes an amount and back, and they
 * never go through floating point (a float loses atomic precision above ~9 million SESH).
 */
export const SESH_DECIMALS = 9;
export const ATOMIC_PER_SESH = 1_000_000_000n;

export type ParseAmountResult = { ok: true; atomic: bigint } | { ok: false; error: string };

/**
 * Parses what a user typed ("1,234.5", "25000", ".5") into atomic units. Rejects negative numbers,
 * exponents, more than 9 decimals and anything that is not a plain decimal number, with a sentence
 * the form can show as is.
 */
export function parseSesh(text: string): ParseAmountResult {
  const cleaned = text.trim().replace(/[,_\s]/g, "");
  if (cleaned === "") return { ok: false, error: "Enter an amount." };
  if (cleaned.startsWith("-")) return { ok: false, error: "The amount cannot be negative." };
  if (/^[+]?\d*\.?\d+e[+-]?\d+$/i.test(cleaned)) return { ok: false, error: "Write the amount in full: exponents such as 1e3 are not accepted." };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1] === "" && (match[2] ?? "") === "")) {
    return { ok: false, error: "Enter a number, like 1250 or 1250.5." };
  }
  const whole = match[1] || "0";
  const fraction = match[2] ?? "";
  if (fraction.length > SESH_DECIMALS) {
    return { ok: false, error: `SESH has at most ${SESH_DECIMALS} decimals.` };
  }
  const atomic = BigInt(whole) * ATOMIC_PER_SESH + BigInt(fraction.padEnd(SESH_DECIMALS, "0") || "0");
  return { ok: true, atomic };
}

/** Parses or throws: for trusted text (config, tests), never for user input. */
export function seshToAtomic(text: string): bigint {
  const r = parseSesh(text);
  if (!r.ok) throw new Error(`Invalid SESH amount "${text}": ${r.error}`);
  return r.atomic;
}

export type FormatOptions = {
  /** Maximum fraction digits shown; the value is truncated (never rounded up) to this. Default 2. */
  maxDecimals?: number;
  /** Group thousands with commas. Default true. */
  group?: boolean;
  /** Append " SESH". Default false. */
  unit?: boolean;
};

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Formats atomic units as SESH text, truncating toward zero so the app never shows more than an
 * account holds. Trailing fraction zeros are dropped: 25_000_000_000_000n -> "25,000".
 */
export function formatSesh(atomic: bigint, options: FormatOptions = {}): string {
  const { maxDecimals = 2, group = true, unit = false } = options;
  const negative = atomic < 0n;
  const abs = negative ? -atomic : atomic;
  const whole = abs / ATOMIC_PER_SESH;
  const fractionFull = (abs % ATOMIC_PER_SESH).toString().padStart(SESH_DECIMALS, "0");
  const fraction = fractionFull.slice(0, Math.max(0, Math.min(SESH_DECIMALS, maxDecimals))).replace(/0+$/, "");
  const wholeText = group ? groupThousands(whole.toString()) : whole.toString();
  const text = `${negative ? "-" : ""}${wholeText}${fraction ? `.${fraction}` : ""}`;
  return unit ? `${text} SESH` : text;
}

/** Exact text for inputs and CSV: all significant decimals, no grouping. */
export function atomicToSeshString(atomic: bigint): string {
  return formatSesh(atomic, { maxDecimals: SESH_DECIMALS, group: false });
}

/** Percentage of `part` in `whole`, in basis points (0..10000), integer math. */
export function shareBasisPoints(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  const bps = (part * 10_000n) / whole;
  return Number(bps > 10_000n ? 10_000n : bps < 0n ? 0n : bps);
}
