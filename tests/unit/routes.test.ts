import { describe, expect, it } from "vitest";
import { matchRoute } from "../../src/shared/match-route";
import { neighbours, readingOrder } from "../../src/shared/reading-order";
import { langFromBrowser, switchLangPath } from "../../src/shared/routes";
import { buildValid } from "./fixture-helpers";

describe("matchRoute", () => {
  it.each([
    ["/", { kind: "root" }],
    ["/en/", { kind: "home", lang: "en" }],
    ["/zh/overview/", { kind: "chapter", lang: "zh", chapter: "overview" }],
    ["/en/pre-training/architecture/", { kind: "section", lang: "en", chapter: "pre-training", section: "architecture" }],
    ["/en/concepts/", { kind: "concepts", lang: "en" }],
    ["/en/concepts/map/", { kind: "concept-map", lang: "en" }],
    ["/zh/concepts/rlhf/", { kind: "concept", lang: "zh", concept: "rlhf" }],
    ["/en/search", { kind: "search", lang: "en" }],
    ["/en/notes/", { kind: "notes", lang: "en" }],
    ["/zh/notes", { kind: "redirect", to: "/zh/notes/" }],
    ["/en/overview", { kind: "redirect", to: "/en/overview/" }],
    ["/fr/", { kind: "not-found", lang: null }],
    ["/en/a/b/c/", { kind: "not-found", lang: "en" }],
    ["/en/concepts/a/b/", { kind: "not-found", lang: "en" }],
  ])("%s", (path, expected) => {
    expect(matchRoute(path)).toEqual(expected);
  });
});

describe("language", () => {
  it("switches only the language segment, keeping the rest of the path", () => {
    expect(switchLangPath("/en/pre-training/architecture/", "zh")).toBe("/zh/pre-training/architecture/");
    expect(switchLangPath("/nowhere/", "zh")).toBe("/zh/");
  });

  it("follows the reader's first preferred language", () => {
    expect(langFromBrowser(["zh-CN", "en"])).toBe("zh");
    expect(langFromBrowser(["zh-TW"])).toBe("zh");
    expect(langFromBrowser(["en-US", "zh-CN"])).toBe("en");
    expect(langFromBrowser([])).toBe("en");
  });
});

describe("reading order", () => {
  const toc = buildValid().tocs.en;

  it("visits each chapter, then its sections, in book order", () => {
    expect(readingOrder(toc).map((s) => s.href)).toEqual([
      "/en/basics/",
      "/en/basics/background/",
      "/en/basics/evolution/",
      "/en/more/",
      "/en/more/details/",
      "/en/more/appendix/",
    ]);
  });

  it("gives previous and next across chapter boundaries, and none past the ends", () => {
    expect(neighbours(toc, "basics", "evolution")).toMatchObject({ prev: { href: "/en/basics/background/" }, next: { href: "/en/more/" } });
    expect(neighbours(toc, "basics", null).prev).toBeNull();
    expect(neighbours(toc, "more", "appendix").next).toBeNull();
  });
});
