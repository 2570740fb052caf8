import { describe, expect, it } from "vitest";
import { editorConnectSources } from "./csp-sources";
import { editorStorage } from "./storage";

describe("the editor's extra connect-src", () => {
  const github = editorStorage({ NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: "session-foundation/token-site" });

  it("is GitHub's API, on the editor's pages, in GitHub mode only", () => {
    expect(editorConnectSources("/keystatic/singleton/home", github)).toEqual(["https://api.github.com"]);
    expect(editorConnectSources("/keystatic", { kind: "local" })).toEqual([]);
    for (const page of ["/", "/staking", "/stake", "/keystaticx"]) expect(editorConnectSources(page, github), page).toEqual([]);
  });

  it("a repository that is not owner/name is a configuration error", () => {
    expect(() => editorStorage({ NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: "https://github.com/x/y" })).toThrow(/owner\/name/);
    expect(editorStorage({})).toEqual({ kind: "local" });
  });
});
