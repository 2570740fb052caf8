/**
 * Operator fees come in two units (spec §2.2, §5.3): contracts store basis points (10000 = 100 %),
 * the staking backend's `operator_fee` on registered nodes is parts per million (1_000_000 = 100 %).
 * Percent text is produced with integer math only.
 */
export const MAX_FEE_BASIS_POINTS = 10_000;
export const FEE_PPM_DENOMINATOR = 1_000_000;

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

/** Percent text ("5", "12.5") from the node-creation form to basis points, as the portal does: trunc(percent × 100). */
export function percentToBasisPoints(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{0,2})\d*)?\s*%?\s*$/.exec(text);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bps <= MAX_FEE_BASIS_POINTS ? bps : null;
}

/** Any basis-point ratio as percent text (rates, shares): 2416 -> "24.16%". */
export function formatBasisPointsPercent(bps: number): string {
  return percentText(bps, 100, 2);
}
