/**
 * Operator fees come in two units (spec §2.2, §5.3): contracts store basis points (10000 = 100 %),
 * the staking backend's `operator_fee` on registered nodes is parts per million (1_000_000 = 100 %).
 * Percent text is produced with integer math only.
 */
export const MAX_FEE_BASIS_POINTS = 10_000;

export function basisPointsToPpm(bps: number): number {
  return bps * 100;
}

/** Parts per million to basis points, truncating sub-basis-point precision. */
export function ppmToBasisPoints(ppm: number): number {
  return Math.trunc(ppm / 100);
}

function percentText(numerator: number, denominatorPerPercent: number, maxDecimals: number): string {
  const n = Math.max(0, Math.trunc(numerator));
  const whole = Math.trunc(n / denominatorPerPercent);
  const rest = n % denominatorPerPercent;
  const digits = String(denominatorPerPercent).length - 1;
  const fraction = String(rest).padStart(digits, "0").slice(0, maxDecimals).replace(/0+$/, "");
  return `${whole}${fraction ? `.${fraction}` : ""}%`;
}

/** 500 bps -> "5%", 1234 -> "12.34%". */
export function formatFeeBasisPoints(bps: number): string {
  return percentText(bps, 100, 2);
}

/** 50_000 ppm -> "5%", 123_456 -> "12.3456%" (4 decimals max). */
export function formatFeePpm(ppm: number): string {
  return percentText(ppm, 10_000, 4);
}

/**
 * A fee typed as a percentage with at most two decimals ("5", "12.5", "7.25 %") to basis points,
 * as the contract stores it; every other input gets its sentence.
 */
export function parseFeePercent(text: string): { ok: true; basisPoints: number } | { ok: false; error: string } {
  const t = text.trim().replace(/\s*%$/, "");
  if (t === "") return { ok: false, error: "Enter the operator fee, from 0 to 100 %." };
  if (t.startsWith("-")) return { ok: false, error: "The fee cannot be negative." };
  const m = /^(\d{1,3})(?:\.(\d*))?$/.exec(t);
  if (!m) return { ok: false, error: "Enter the fee as a percentage, like 5 or 12.5." };
  const decimals = m[2] ?? "";
  if (decimals.length > 2) return { ok: false, error: "Enter the fee with at most two decimals, like 7.25." };
  const bps = Number(m[1]) * 100 + Number(decimals.padEnd(2, "0"));
  if (bps > MAX_FEE_BASIS_POINTS) return { ok: false, error: "The fee is at most 100 %." };
  return { ok: true, basisPoints: bps };
}

/** Any basis-point ratio as percent text (rates, shares): 2416 -> "24.16%". */
export function formatBasisPointsPercent(bps: number): string {
  return percentText(bps, 100, 2);
}
