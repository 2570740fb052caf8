/**
 * Exact parsers for the staking backend's scalars, shared by every schema in schemas.ts. The real
 * backend writes integers as JSON numbers (parsed losslessly by json.ts, so an integer above 2^53
 * arrives as a bigint), booleans as 0/1, and, in its older revisions, keys with a `0x` prefix or
 * without their leading zeros (spec §5.5). zod's coercions are too forgiving for that:
 * z.coerce.bigint() turns "" into 0n and z.coerce.boolean() turns "false" into true, so each
 * parser here accepts exactly the spellings the backend uses and names what was wrong otherwise.
 */
import { isAddress, type Address } from "viem";
import { z } from "zod";

// zod 4 compiles object parsers with `new Function` where eval is allowed, and probes for it on
// the first parse. The browser's CSP forbids eval (proxy.ts), so the probe would be reported as a
// violation: in the browser, parse without the JIT from the start. The server keeps it.
if (typeof window !== "undefined") z.config({ jitless: true });

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `"${value.length > 24 ? `${value.slice(0, 24)}…` : value}"`;
  return typeof value === "bigint" ? `${value}n` : String(value);
}

/**
 * A whole, non-negative number of atomic units (or an id the backend types as bigint): a safe
 * integer number, a bigint, or a string of decimal digits. A number outside the safe range means
 * the text went through a lossy JSON.parse somewhere, so it is refused rather than trusted.
 */
export const exactBigintSchema = z.unknown().transform((value, ctx): bigint => {
  if (typeof value === "bigint" && value >= 0n) return value;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === "string" && /^[0-9]+$/.test(value)) return BigInt(value);
  const message =
    value === undefined || value === null
      ? "is required but missing"
      : typeof value === "number" && Number.isInteger(value)
        ? `${value} is beyond 2^53 and was rounded by a lossy JSON parse`
        : `must be a whole non-negative amount (got ${describe(value)})`;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

/**
 * A node id (`contract_id`): uint64 on chain, counted up from 1, so any real id is far below 2^53
 * and stays a plain number for links and lookups. One beyond the safe range would be rounded to
 * a neighbour's id by every Number operation, so it is refused with a sentence instead; json.ts
 * hands such an integer over as a bigint, never as a rounded number.
 */
export const nodeIdSchema = z.unknown().transform((value, ctx): number => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === "bigint" && value >= 0n && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  const message =
    value === undefined || value === null
      ? "is required but missing"
      : (typeof value === "bigint" && value > 0n) || (typeof value === "number" && Number.isInteger(value) && value > 0)
        ? `node id ${value} is beyond 2^53, which no registry reaches and this app cannot hold exactly`
        : `must be a whole non-negative node id (got ${describe(value)})`;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

/** The backend's booleans: 0/1 integers (current) or true/false; nothing else ("false" is not false). */
export const exactBooleanSchema = z.unknown().transform((value, ctx): boolean => {
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  ctx.addIssue({ code: "custom", message: value === undefined ? "is required but missing" : `must be true, false, 0 or 1 (got ${describe(value)})` });
  return z.NEVER;
});

/** A JSON number, or the same written as a decimal string (older backends wrote some times so). */
export const exactNumberSchema = z.unknown().transform((value, ctx): number => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^-?[0-9]+(\.[0-9]+)?$/.test(value)) return Number(value);
  ctx.addIssue({ code: "custom", message: value === undefined ? "is required but missing" : `must be a number (got ${describe(value)})` });
  return z.NEVER;
});

/**
 * A key as `chars` lower-case hex without 0x. Older backend code wrote BLS keys as `0x` + hex and
 * Ed25519 keys with `{:032x}` (leading zeros dropped): strip the prefix and left-pad, so the same
 * key always compares equal whichever revision sent it.
 */
export function keyHexSchema(chars: number, what: string) {
  return z.string().transform((value, ctx): string => {
    const hex = value.replace(/^0x/i, "").toLowerCase();
    if (hex.length > 0 && hex.length <= chars && /^[0-9a-f]+$/.test(hex)) return hex.padStart(chars, "0");
    ctx.addIssue({ code: "custom", message: `${what} must be at most ${chars} hex characters (got ${describe(value)})` });
    return z.NEVER;
  });
}

/** Signatures have no such history: exactly `chars` lower-case hex. */
export function exactHexSchema(chars: number, what: string) {
  return z.string().regex(new RegExp(`^[0-9a-f]{${chars}}$`), `${what} must be ${chars} lower-case hex characters`);
}

export const addressSchema = z.custom<Address>(
  (value) => typeof value === "string" && isAddress(value, { strict: true }),
  "expected a 0x-prefixed Ethereum address (lower-case or EIP-55 checksummed)",
);
