import { describe, expect, it } from "vitest";
import { exactBigintSchema, exactBooleanSchema, exactNumberSchema, keyHexSchema, nodeIdSchema } from "./scalars";
import { parseBackendJson } from "./json";

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("exact scalar parsers", () => {
  it("amounts: safe integer numbers, bigints and digit strings, nothing rounded or coerced", () => {
    expect(exactBigintSchema.parse(25_000_000_000_000)).toBe(25_000_000_000_000n);
    expect(exactBigintSchema.parse(12_000_000_000_000_001n)).toBe(12_000_000_000_000_001n);
    expect(exactBigintSchema.parse("12000000000000001")).toBe(12_000_000_000_000_001n);
    expect(exactBigintSchema.parse(0)).toBe(0n);
    // z.coerce.bigint() would make 0n of "" and accept " 1" or "0x10"
    for (const bad of ["", " 1", "0x10", "1e3", "-5", 1.5, -1, -1n, true, [], {}]) expect(exactBigintSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(issue(exactBigintSchema.safeParse(undefined))).toBe("is required but missing");
    expect(issue(exactBigintSchema.safeParse(null))).toBe("is required but missing");
    expect(issue(exactBigintSchema.safeParse(2 ** 60))).toMatch(/beyond 2\^53 and was rounded/);
  });

  it("node ids: exact safe integers; one beyond 2^53 is refused with a sentence, never rounded to a neighbour", () => {
    expect(nodeIdSchema.parse(1234)).toBe(1234);
    expect(nodeIdSchema.parse(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    // 19 digits, as the lossless JSON parser hands them over: Number() would make ...808 of it
    const body = parseBackendJson('{"contract_id": 9223372036854775807}') as { contract_id: unknown };
    expect(body.contract_id).toBe(9_223_372_036_854_775_807n);
    expect(issue(nodeIdSchema.safeParse(body.contract_id))).toBe("node id 9223372036854775807 is beyond 2^53, which no registry reaches and this app cannot hold exactly");
    expect(issue(nodeIdSchema.safeParse(2 ** 60))).toMatch(/^node id \d+ is beyond 2\^53/);
    for (const bad of ["12", 1.5, -1, -1n, true, null]) expect(nodeIdSchema.safeParse(bad).success, String(bad)).toBe(false);
    expect(issue(nodeIdSchema.safeParse("12"))).toBe('must be a whole non-negative node id (got "12")');
  });

  it("booleans: true, false, 0 and 1 only", () => {
    expect([true, 1, false, 0].map((v) => exactBooleanSchema.parse(v))).toEqual([true, true, false, false]);
    // z.coerce.boolean() makes true of "false" and "0"
    for (const bad of ["false", "true", "0", "1", 2, -1, null, undefined, ""]) expect(exactBooleanSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("numbers: JSON numbers and decimal strings", () => {
    expect(exactNumberSchema.parse(1_748_342_400)).toBe(1_748_342_400);
    expect(exactNumberSchema.parse("1748342400")).toBe(1_748_342_400);
    expect(exactNumberSchema.parse(1.5)).toBe(1.5);
    for (const bad of ["", "abc", "1e3", Number.NaN, Number.POSITIVE_INFINITY, null, 5n]) expect(exactNumberSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("keys: a 0x prefix stripped, dropped leading zeros restored, case folded; nothing longer or non-hex", () => {
    const key = keyHexSchema(64, "an Ed25519 key");
    const full = "0badc0de".repeat(8);
    expect(key.parse(full)).toBe(full);
    expect(key.parse(full.slice(1))).toBe(full); // written with {:032x}
    expect(key.parse(`0x${full}`)).toBe(full);
    expect(key.parse(full.toUpperCase())).toBe(full);
    for (const bad of ["", "0x", `${full}0`, "zz", `0x${full}ab`]) expect(key.safeParse(bad).success, bad).toBe(false);
  });
});
