import { describe, expect, it } from "vitest";
import { SESH_DECIMALS } from "./amounts";

describe("amounts", () => {
  it("uses 9 decimals", () => expect(SESH_DECIMALS).toBe(9));
});
