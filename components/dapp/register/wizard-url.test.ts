import { describe, expect, it } from "vitest";
import { EMPTY_WIZARD, readWizard, writeWizard, type WizardState } from "./wizard-url";

describe("the wizard's state in the URL", () => {
  it("round-trips every field but the rewards address, reserved slots in order", () => {
    const s: WizardState = {
      mode: "multi",
      stake: "6,250",
      fee: "7.25",
      reserved: [
        { address: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", amount: "5000" },
        { address: "", amount: "" },
      ],
      auto: false,
      rewards: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
      contract: "0x80E2E2367C5E9D070Ae2d6d50bF0cdF6360a7151",
    };
    const q = writeWizard(s);
    // a row added but not filled yet survives the reload too; the rewards address does not
    expect(readWizard(new URLSearchParams(q))).toEqual({ ...s, rewards: "" });
    expect(q).not.toContain("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
  });
  it("defaults stay out of the URL, and junk falls back to them", () => {
    expect(writeWizard(EMPTY_WIZARD)).toBe("");
    expect(readWizard(new URLSearchParams("mode=evil&contract=0x12&auto=yes"))).toEqual(EMPTY_WIZARD);
  });
  it("a link's rewards address is ignored: a phishing link cannot redirect a staker's rewards", () => {
    expect(readWizard(new URLSearchParams("mode=solo&rewards=0x90F79bf6EB2c4f870365E785982E1f101E93b906")).rewards).toBe("");
  });
});
