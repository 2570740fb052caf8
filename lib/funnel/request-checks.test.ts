import { describe, expect, it } from "vitest";
import { readTextWithin } from "@/lib/http/read-within";
import { isFunnelContentType } from "./event-body";
import { isSameOriginRequest } from "@/lib/http/same-origin";

const headers = (h: Record<string, string>) => new Headers(h);

describe("same origin", () => {
  it("trusts the browser's Sec-Fetch-Site when it is there", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-origin" }))).toBe(true);
    for (const site of ["cross-site", "same-site", "none"]) expect(isSameOriginRequest(headers({ "sec-fetch-site": site, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(false);
  });

  it("otherwise wants an Origin naming this host (or the canonical site)", () => {
    expect(isSameOriginRequest(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://token.getsession.org", host: "app:3000", "x-forwarded-host": "token.getsession.org" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://token.getsession.org", host: "10.0.0.5:3000" }), ["https://token.getsession.org"])).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "127.0.0.1:3000" }))).toBe(false);
  });
});

describe("content type", () => {
  it("accepts what sendBeacon sends for a string, in any spelling", () => {
    for (const t of ["text/plain;charset=UTF-8", "text/plain; charset=utf-8", "TEXT/PLAIN", 'text/plain; charset="UTF-8"']) expect(isFunnelContentType(t), t).toBe(true);
  });

  it("refuses everything else", () => {
    for (const t of [null, "", "application/json", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain; charset=latin1", "text/html"]) expect(isFunnelContentType(t), String(t)).toBe(false);
  });
});

describe("body size", () => {
  it("reads a small body", async () => {
    expect(await readTextWithin(new Request("http://x/", { method: "POST", body: "hello" }), 10)).toBe("hello");
  });

  it("refuses a declared or streamed body over the limit, without reading it all", async () => {
    expect(await readTextWithin(new Request("http://x/", { method: "POST", body: "x".repeat(11) }), 10)).toBeNull();
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
      },
    });
    const request = new Request("http://x/", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    expect(await readTextWithin(request, 512)).toBeNull();
    expect(pulled).toBeLessThan(20);
  });
});
