import { describe, expect, it } from "vitest";
import { inlineScripts, scriptHashSource } from "./inline-scripts";

describe("inline scripts of built HTML", () => {
  it("finds the scripts a browser runs, text exactly as written, and skips external scripts and data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>alert(1)</script>",
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      '<script id="_R_">  spaced &amp; raw  </script>',
      '<SCRIPT type="module">m()</SCRIPT>',
      "<script type='text/javascript'>x()</script >",
      '<script nonce="abc" src=\'/b.js\'></script>',
    ].join("\n");
    expect(inlineScripts(html)).toEqual(["alert(1)", "  spaced &amp; raw  ", "m()", "x()"]);
  });

  it("hashes as CSP does: SHA-256 of the UTF-8 text, base64, quoted (values from openssl)", () => {
    expect(scriptHashSource("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(scriptHashSource("(self.__next_f=self.__next_f||[]).push([0])")).toBe("'sha256-OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo='");
  });
});
