import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const h = (init: Record<string, string>) => new Headers(init);

describe("the client address (a rate limiter's input only)", () => {
  it("with no trusted proxy: the TCP peer, whatever X-Forwarded-For says", () => {
    for (const forged of ["203.0.113.1", "203.0.113.2, 198.51.100.7", "unknown", ""]) {
      expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": forged }), 0)).toBe("192.0.2.10");
    }
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.1" }), 0)).toBe("unknown");
  });

  it("behind one proxy: the address that proxy appended, not what the client wrote before it", () => {
    // nginx (the peer, 127.0.0.1) appended the client's 198.51.100.7 to what the client sent
    const headers = h({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "10.0.0.1, 1.2.3.4, 198.51.100.7" });
    expect(clientAddress(headers, 1)).toBe("198.51.100.7");
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "198.51.100.7" }), 1)).toBe("198.51.100.7");
  });

  it("behind two proxies: two places before the peer; too few entries: the farthest one known", () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" });
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 2)).toBe("10.0.0.2");
  });
});
