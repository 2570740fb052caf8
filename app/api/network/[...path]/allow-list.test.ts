import { describe, expect, it } from "vitest";
import { canonicalNetworkPath, isAllowedNetworkPath } from "./allow-list";

describe("network API proxy allow-list", () => {
  it("forwards the client's endpoints", () => {
    expect(isAllowedNetworkPath("GET", "info")).toBe(true);
    expect(isAllowedNetworkPath("GET", "contract/contribution")).toBe(true);
    expect(isAllowedNetworkPath("GET", "stakes/0x" + "ab".repeat(20))).toBe(true);
    expect(isAllowedNetworkPath("GET", "exit/" + "cd".repeat(32))).toBe(true);
    expect(isAllowedNetworkPath("POST", "rewards/0x" + "ab".repeat(20))).toBe(true);
  });
  it("refuses everything else", () => {
    expect(isAllowedNetworkPath("POST", "info")).toBe(false);
    expect(isAllowedNetworkPath("GET", "contract/abis")).toBe(false);
    expect(isAllowedNetworkPath("GET", "stakes/0x12")).toBe(false);
    expect(isAllowedNetworkPath("GET", "../admin")).toBe(false);
    expect(isAllowedNetworkPath("GET", "info?x=1")).toBe(false);
    expect(isAllowedNetworkPath("DELETE", "info")).toBe(false);
    // the node list is the server's (shared across requests), not the browser's
    expect(isAllowedNetworkPath("GET", "nodes")).toBe(false);
    expect(isAllowedNetworkPath("GET", "nodes/0x" + "ab".repeat(20))).toBe(false);
  });

  it("spells every address EIP-55 and every key in lower case, whatever the request's case", () => {
    expect(canonicalNetworkPath("stakes/0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc")).toBe("stakes/0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    expect(canonicalNetworkPath("rewards/0x9965507D1A55BCC2695C58BA16FB37D819B0A4DC")).toBe("rewards/0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    expect(canonicalNetworkPath("exit/" + "AB".repeat(32))).toBe("exit/" + "ab".repeat(32));
    expect(canonicalNetworkPath("info")).toBe("info");
  });
});
