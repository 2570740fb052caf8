import { describe, expect, it } from "vitest";
import { editorRoutesEnabled, pageExtensions } from "./enabled.mjs";

describe("the editor's routes exist only where it may save", () => {
  it("under next dev, to this disk", () => {
    expect(editorRoutesEnabled("phase-development-server", {})).toBe(true);
    expect(pageExtensions("phase-development-server", {})).toContain("editor.tsx");
  });

  it("not in a production build, nor under next start, unless a GitHub repository is configured", () => {
    for (const phase of ["phase-production-build", "phase-production-server"]) {
      expect(editorRoutesEnabled(phase, {}), phase).toBe(false);
      expect(pageExtensions(phase, { NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: " " }), phase).not.toContain("editor.tsx");
      expect(pageExtensions(phase, { NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: "session-foundation/token-site" }), phase).toContain("editor.tsx");
    }
  });
});
