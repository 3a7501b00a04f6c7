/** The section tree, its numbering and link resolution, on the small valid fixture book. */
import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { visit } from "unist-util-visit";
import { buildValid } from "./fixture-helpers";

const book = buildValid();

function page(key: string): Root {
  const found = book.pages.find((p) => `${p.lang}/${p.kind}/${p.id}` === key);
  if (!found) throw new Error(`no page ${key}`);
  return found.hast;
}

function elements(root: Root, tag: string): Element[] {
  const out: Element[] = [];
  visit(root, "element", (el: Element) => {
    if (el.tagName === tag) out.push(el);
  });
  return out;
}

describe("section tree", () => {
  it("orders chapters by number and nests sections and subsections", () => {
    const toc = book.tocs.en;
    expect(toc.chapters.map((c) => c.id)).toEqual(["basics", "more"]);
    expect(toc.chapters[0]?.sections.map((s) => s.id)).toEqual(["background", "evolution"]);
    expect(toc.chapters[0]?.sections[0]?.subsections.map((s) => s.id)).toEqual(["scaling", "run-in", "emergence"]);
  });

  it("numbers sections from their order, skipping unnumbered headings without shifting siblings", () => {
    const [basics, more] = book.tocs.en.chapters;
    expect(basics?.sections.map((s) => s.number)).toEqual(["1.1", "1.2"]);
    expect(basics?.sections[0]?.subsections.map((s) => s.number)).toEqual(["1.1.1", null, "1.1.2"]);
    expect(more?.sections.map((s) => s.number)).toEqual(["2.1", null]);
  });

  it("gives both languages the same ids and numbers, with their own titles", () => {
    const strip = (lang: "en" | "zh") =>
      book.tocs[lang].chapters.map((c) => ({ id: c.id, sections: c.sections.map((s) => [s.id, s.number, s.subsections.map((x) => [x.id, x.number])]) }));
    expect(strip("zh")).toEqual(strip("en"));
    expect(book.tocs.zh.chapters[0]?.title).toBe("基础");
  });

  it("removes the {#id} attribute from titles and puts id and number on rendered headings", () => {
    expect(book.tocs.en.chapters[0]?.sections[0]?.subsections[0]?.title).toBe("Scaling Laws");
    const h3 = elements(page("en/section/background"), "h3")[0];
    expect(h3?.properties).toMatchObject({ id: "scaling", dataNumber: "1.1.1" });
    expect(JSON.stringify(h3)).not.toContain("{#");
  });

  it("makes one page per chapter opening, per ## section and per concept, in each language", () => {
    expect(book.pages.filter((p) => p.lang === "en").map((p) => `${p.kind}/${p.id}`)).toEqual([
      "chapter/basics",
      "section/background",
      "section/evolution",
      "chapter/more",
      "section/details",
      "section/appendix",
      "concept/alpha",
      "concept/beta",
    ]);
  });
});

describe("link resolution", () => {
  const links = (key: string) => elements(page(key), "a").map((a) => ({ href: a.properties.href, kind: a.properties.dataKind }));

  it("resolves a ### section link to its parent page plus anchor, per language", () => {
    expect(links("en/concept/alpha")).toContainEqual({ href: "/en/basics/background/#scaling", kind: "section" });
    expect(links("zh/concept/alpha")).toContainEqual({ href: "/zh/basics/background/#scaling", kind: "section" });
  });

  it("resolves a ## section link to its page and a concept link to the concept route", () => {
    expect(links("en/chapter/more")).toContainEqual({ href: "/en/basics/background/", kind: "section" });
    expect(links("en/section/details")).toContainEqual({ href: "/en/concepts/alpha/", kind: "concept" });
  });

  it("turns a cite link into a numbered link to the page's References list", () => {
    const cite = elements(page("en/section/background"), "a").find((a) => a.properties.dataKind === "cite");
    expect(cite?.properties).toMatchObject({ href: "/en/basics/background/#ref-kaplan2020scaling", dataMark: "1" });
    expect(book.pages.find((p) => p.id === "background" && p.lang === "en")?.references?.[0]).toMatchObject({ id: "kaplan2020scaling", url: "https://arxiv.org/abs/2001.08361" });
  });

  it("records every internal link with its page, for backlinks", () => {
    const toAlpha = book.links.filter((l) => l.kind === "concept" && l.target === "alpha" && l.lang === "en").map((l) => l.page);
    expect(toAlpha).toEqual(["en/chapter/basics", "en/section/details", "en/section/details"]);
  });
});

describe("rendering", () => {
  it("typesets math at build time and marks pages that need the KaTeX stylesheet", () => {
    const background = book.pages.find((p) => p.lang === "en" && p.id === "background");
    expect(background?.hasMath).toBe(true);
    expect(JSON.stringify(background?.hast)).toContain("katex");
    expect(book.pages.find((p) => p.id === "details")?.hasMath).toBe(false);
  });

  it("strips source positions so page data stays small", () => {
    expect(JSON.stringify(book.pages)).not.toContain('"position"');
  });
});

describe("figures", () => {
  it("turns ::figure into a numbered <figure> element carrying its name and attributes", () => {
    const [figure] = elements(page("en/section/evolution"), "figure");
    expect(figure?.properties).toMatchObject({ id: "figure-training-memory", dataFigure: "training-memory", dataNumber: "1.1", dataState: '{"gpus":"8","zero":"3"}' });
    expect(book.pages.find((p) => p.lang === "zh" && p.id === "evolution")?.figures).toEqual(["training-memory"]);
    expect(book.pages.find((p) => p.id === "details")?.figures).toBeUndefined();
  });

  it("lists where each figure is placed and which pages link to it", () => {
    const entry = book.figures.en.find((f) => f.name === "training-memory");
    expect(entry).toEqual({
      name: "training-memory",
      number: "1.1",
      placement: { href: "/en/basics/evolution/#figure-training-memory", number: "1.2", title: "Evolution" },
      mentions: [{ href: "/en/more/", number: "2", title: "More" }],
    });
    expect(book.figures.zh.find((f) => f.name === "scaling-explorer")).toMatchObject({ number: null, placement: null, mentions: [] });
  });

  it("resolves figure: links to the figure's page", () => {
    expect(book.links.filter((l) => l.kind === "figure").map((l) => `${l.lang} ${l.node.url}`)).toEqual(["en /en/figures/training-memory/", "zh /zh/figures/training-memory/"]);
  });

  it("keeps a colon in running text (N:M, 2:4) instead of reading it as a directive", () => {
    expect(JSON.stringify(page("en/chapter/more"))).toContain("a ratio such as 2:4 in it");
  });
});
