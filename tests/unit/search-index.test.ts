/** The search index stage on the small fixture book: what is indexed, and the modules it serves. */
import { describe, expect, it } from "vitest";
import { languageSearch, searchIndexModule } from "../../src/pipeline/search/index-module";
import { searchDocuments } from "../../src/pipeline/search/documents";
import { createSearcher } from "../../src/shared/search/engine";
import { buildValid } from "./fixture-helpers";

const book = buildValid();
const docs = searchDocuments(book, "en");
const doc = (key: string) => {
  const found = docs.find((d) => d.key === key);
  if (!found) throw new Error(`no search document ${key}`);
  return found;
};

describe("search documents", () => {
  it("covers concepts first, then chapter openings, ## sections and ### subsections in book order, then the catalogues and the papers", () => {
    expect(docs.map((d) => d.key)).toEqual([
      "en/concept/alpha",
      "en/concept/beta",
      "en/chapter/basics",
      "en/section/background",
      "en/section/background#scaling",
      "en/section/background#run-in",
      "en/section/background#emergence",
      "en/section/evolution",
      "en/chapter/more",
      "en/section/details",
      "en/section/appendix",
      "en/models#gpt-3",
      "en/models#gopher",
      "en/datasets#pile",
      "en/benchmarks#mmlu",
      "en/papers#kaplan2020scaling",
      "en/papers#brown2020language",
      "en/papers#hendrycks2021measuring",
    ]);
  });

  it("gives an entry its name and place, and keeps its facts out of the names tier", () => {
    expect(doc("en/models#gpt-3")).toMatchObject({ kind: "model", title: "GPT-3", names: [], url: "/en/models/#gpt-3", number: null, chapter: null });
    expect(doc("en/models#gpt-3").text).toContain("A 175B decoder-only model.");
    expect(doc("en/papers#brown2020language")).toMatchObject({ kind: "paper", title: "Language Models are Few-Shot Learners", url: "/en/papers/#brown2020language" });
    const store = languageSearch(book, "en").data.docs.find((d) => d.key === "en/models#gpt-3");
    expect(store && "text" in store).toBe(false);
  });

  it("gives a subsection its number, breadcrumb and anchor; an unnumbered one no number", () => {
    expect(doc("en/section/background#scaling")).toMatchObject({
      title: "Scaling Laws",
      number: "1.1.1",
      chapter: 1,
      trail: ["1 Basics", "1.1 Background"],
      url: "/en/basics/background/#scaling",
    });
    expect(doc("en/section/background#run-in").number).toBeNull();
    expect(doc("en/chapter/more")).toMatchObject({ number: "2", chapter: 2, url: "/en/more/", trail: [] });
  });

  it("names a document by its aliases and by its title in the other language", () => {
    expect(doc("en/concept/alpha").names).toEqual(["A", "阿尔法"]);
    expect(doc("en/section/background#scaling").names).toEqual(["扩展法则"]);
  });

  it("indexes prose and formulas as readable text, without TeX, footnote markers or link targets", () => {
    const scaling = doc("en/section/background#scaling").text;
    expect(scaling).toBe("Scaling laws predict loss; see the details and Beta.\nL(N, D) = E + A/N^α + B/D^β");
    expect(scaling).not.toContain("section:");
    expect(doc("en/section/background").text).toBe("Loss falls as a power law, L(N) = (N_c/N)^(α_N), as Kaplan et al. found.");
    expect(doc("en/section/background#emergence").text).toContain("GPT-3 · 175B");
    expect(doc("en/concept/alpha").text.startsWith("The first concept.\n")).toBe(true);
  });

  it("reads formulas the same way in the Chinese edition", () => {
    const zh = new Map(searchDocuments(book, "zh").map((d) => [d.key, d.text]));
    expect(zh.get("zh/section/background")).toBe("损失随规模按幂律下降，L(N) = (N_c/N)^(α_N)，见 Kaplan 等人。");
    expect(zh.get("zh/section/background#scaling")).toContain("\nL(N, D) = E + A/N^α + B/D^β");
  });
});

describe("the virtual modules", () => {
  it("serves one index module per language, with a text loader per page", () => {
    const code = searchIndexModule.load(book, "en") ?? "";
    expect(code).toMatch(/^export default JSON\.parse\(/);
    expect(code).toContain(`"en/section/background": () => import("virtual:reader/search/text/en/section/background")`);
    expect(searchIndexModule.load(book, "fr")).toBeNull();
  });

  it("keeps the full-text index out of the store module: titles are searched before it loads", () => {
    const store = searchIndexModule.load(book, "en") ?? "";
    expect(store).toContain(`export const bodyIndex = () => import("virtual:reader/search/index/en")`);
    expect(store).not.toContain("postings");
    expect(searchIndexModule.load(book, "index/en")).toContain("postings");
    expect(searchIndexModule.load(book, "index/fr")).toBeNull();
  });

  it("serves each page's texts by document key, and nothing for an unknown page", () => {
    const code = searchIndexModule.load(book, "text/zh/section/background") ?? "";
    const texts = JSON.parse(JSON.parse(code.slice("export default JSON.parse(".length, -2))) as Record<string, string>;
    expect(Object.keys(texts)).toEqual(["zh/section/background", "zh/section/background#scaling", "zh/section/background#run-in", "zh/section/background#emergence"]);
    expect(searchIndexModule.load(book, "text/zh/section/nowhere")).toBeNull();
  });

  it("round-trips through the packed export: the browser's searcher finds what was indexed", () => {
    const en = createSearcher(languageSearch(book, "en").data);
    expect(en.search("阿尔法").hits[0]?.doc.key).toBe("en/concept/alpha");
    expect(en.search("scal").hits[0]?.doc.key).toBe("en/section/background#scaling");
    // The section's table states GPT-3's size, and so does GPT-3's entry: the book's page first.
    expect(en.search("175B").hits.map((h) => h.doc.key)).toEqual(["en/section/background#emergence", "en/models#gpt-3"]);
    const zh = createSearcher(languageSearch(book, "zh").data);
    expect(zh.search("扩展").hits[0]?.doc.key).toBe("zh/section/background#scaling");
  });
});
