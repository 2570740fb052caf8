/**
 * Lossless JSON for the staking backend's answers. The backend writes every integer in full as a
 * JSON number (Python ints), and lifetime amounts, deposits and uint256 event arguments exceed
 * 2^53: JSON.parse would round them silently (12000000000000001 -> 12000000000000000) before any
 * schema could notice. Here an integer literal outside the safe range becomes an exact bigint;
 * safe integers and fractions stay numbers, so counters and float timestamps read as before.
 *
 * Why a library: JSON.parse's reviver gets the source text (`context.source`) in Chromium but not
 * in Node 20, and the same parse must run on the server (proxy, server pages) and in the browser.
 * lossless-json's parser is small (about 2.4 kB gzip with this number parser) and only reaches the
 * browser in the lazily loaded network-client chunk.
 */
import { isInteger, parse } from "lossless-json";

function parseNumber(text: string): number | bigint {
  if (!isInteger(text)) return Number.parseFloat(text);
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : BigInt(text);
}

/** JSON.parse without precision loss; throws SyntaxError on text that is not JSON (e.g. an HTML page). */
export function parseBackendJson(text: string): unknown {
  // a repeated key keeps its last value, as with JSON.parse (lossless-json would throw)
  return parse(text, null, { parseNumber, onDuplicateKey: ({ newValue }) => newValue });
}
