import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { problemsAfterSave } from "./check-save";

/** The editor's save check runs against the real repository's content, on a copy: nothing here may change the files. */
const REPO = path.resolve(import.meta.dirname, "../..");
const STAKING = "content/pages/staking.yaml";
const HOME = "content/home.yaml";
const base64url = (s: string | Buffer) => Buffer.from(s).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

describe("a save from the editor is checked before it is written", () => {
  const staking = readFileSync(path.join(REPO, STAKING), "utf8");

  it("a valid change passes, and the repository's file is untouched", () => {
    const changed = staking.replace("Ready to stake?", "Ready when you are?");
    expect(changed).not.toBe(staking);
    expect(problemsAfterSave(REPO, { additions: [{ path: STAKING, contents: base64url(changed) }], deletions: [] })).toEqual([]);
    expect(readFileSync(path.join(REPO, STAKING), "utf8")).toBe(staking);
  });

  it("a change that breaks a file is refused with content:check's sentence", () => {
    const home = readFileSync(path.join(REPO, HOME), "utf8");
    const broken = home.replace("id: home-closing-token", "id: home-hero-stake");
    expect(broken).not.toBe(home);
    const problems = problemsAfterSave(REPO, { additions: [{ path: HOME, contents: base64url(broken) }], deletions: [] }).map(formatProblem);
    expect(problems).toEqual(['content/home.yaml: "closing.secondaryCta.id" repeats the CTA id "home-hero-stake" already used by "hero.primaryCta.id"; every call to action needs its own id']);
    expect(readFileSync(path.join(REPO, HOME), "utf8")).toBe(home);
  });

  it("deleting a picture a page still shows is refused", () => {
    const problems = problemsAfterSave(REPO, { additions: [], deletions: [{ path: "public/images/tv/what-is-the-session-token.svg" }] });
    expect(problems.map((p) => p.file)).toContain("content/videos.yaml");
    expect(readFileSync(path.join(REPO, "public/images/tv/what-is-the-session-token.svg")).length).toBeGreaterThan(0);
  });

  it("a path outside the repository is refused outright", () => {
    expect(() => problemsAfterSave(REPO, { additions: [{ path: "../escape.txt", contents: base64url("x") }], deletions: [] })).toThrow(/outside the content folders/);
  });
});
