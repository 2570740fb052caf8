import { describe, expect, it } from "vitest";
import { parseBackendJson } from "./json";

describe("parseBackendJson", () => {
  it("keeps integers beyond 2^53 exact as bigints, where JSON.parse rounds them", () => {
    const text = '{"a": 12000000000000001, "b": -9007199254740993, "c": [115792089237316195423570985008687907853269984665640564039457584007913129639935]}';
    expect(parseBackendJson(text)).toEqual({
      a: 12_000_000_000_000_001n,
      b: -9_007_199_254_740_993n,
      c: [2n ** 256n - 1n],
    });
    expect((JSON.parse(text) as { a: number }).a).toBe(12_000_000_000_000_000);
  });

  it("leaves safe integers, fractions and exponents as numbers, everything else as JSON.parse does", () => {
    const text = '{"max": 9007199254740991, "t": 1748342400.518372, "e": 1e21, "z": -0, "s": "12000000000000001", "n": null, "b": [true, false], "o": {}}';
    expect(parseBackendJson(text)).toEqual(JSON.parse(text));
    expect(parseBackendJson("9007199254740992")).toBe(9_007_199_254_740_992n); // 2^53 itself is the first unsafe one
  });

  it("keeps the last of repeated keys, as JSON.parse does", () => {
    expect(parseBackendJson('{"a": 1, "a": 2}')).toEqual({ a: 2 });
  });

  it("throws a SyntaxError on what is not JSON, such as Flask's HTML error page", () => {
    expect(() => parseBackendJson("<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>")).toThrow(SyntaxError);
    expect(() => parseBackendJson("")).toThrow(SyntaxError);
    expect(() => parseBackendJson('{"a": 1')).toThrow(SyntaxError);
  });
});
