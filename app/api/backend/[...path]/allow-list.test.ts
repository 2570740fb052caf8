import { describe, expect, it } from "vitest";
import { canonicalBackendPath, isAllowedBackendPath } from "./allow-list";

describe("staking backend proxy allow-list", () => {
  it("forwards the client's endpoints", () => {
    expect(isAllowedBackendPath("GET", "info")).toBe(true);
    expect(isAllowedBackendPath("GET", "contract/contribution")).toBe(true);
    expect(isAllowedBackendPath("GET", "stakes/0x" + "ab".repeat(20))).toBe(true);
    expect(isAllowedBackendPath("GET", "exit/" + "cd".repeat(32))).toBe(true);
    expect(isAllowedBackendPath("POST", "rewards/0x" + "ab".repeat(20))).toBe(true);
  });
  it("refuses everything else", () => {
    expect(isAllowedBackendPath("POST", "info")).toBe(false);
    expect(isAllowedBackendPath("GET", "contract/abis")).toBe(false);
    expect(isAllowedBackendPath("GET", "stakes/0x12")).toBe(false);
    expect(isAllowedBackendPath("GET", "../admin")).toBe(false);
    expect(isAllowedBackendPath("GET", "info?x=1")).toBe(false);
    expect(isAllowedBackendPath("DELETE", "info")).toBe(false);
    // the node list is the server's (shared across requests), not the browser's
    expect(isAllowedBackendPath("GET", "nodes")).toBe(false);
    expect(isAllowedBackendPath("GET", "nodes/0x" + "ab".repeat(20))).toBe(false);
  });

  it("spells every address EIP-55 and every key in lower case, whatever the request's case", () => {
    expect(canonicalBackendPath("stakes/0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc")).toBe("stakes/0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    expect(canonicalBackendPath("rewards/0x9965507D1A55BCC2695C58BA16FB37D819B0A4DC")).toBe("rewards/0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    expect(canonicalBackendPath("exit/" + "AB".repeat(32))).toBe("exit/" + "ab".repeat(32));
    expect(canonicalBackendPath("info")).toBe("info");
  });
});
