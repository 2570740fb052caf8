import { describe, expect, it } from "vitest";
import { isAllowedNetworkPath } from "./allow-list";

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
});
