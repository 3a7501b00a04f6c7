/** Papers, models, datasets and benchmarks: computed from the fixture book in tests/fixtures/valid. */
import type { Element, Root } from "hast";
import { describe, expect, it } from "vitest";
import { toBibtex } from "../../src/shared/bibtex";
import { buildValid } from "./fixture-helpers";

const book = buildValid();
const page = (key: string) => book.pages.find((p) => `${p.lang}/${p.kind}/${p.id}` === key)!;
const anchors = (root: Root): Element[] => {
  const found: Element[] = [];
  const walk = (n: Root | Element) => {
    for (const c of n.children) {
      if (c.type !== "element") continue;
      if (c.tagName === "a") found.push(c);
      walk(c);
    }
  };
  walk(root);
  return found;
};

describe("cited in", () => {
  it("lists every place that cites a paper, once per place, in book order", () => {
    const brown = book.papers.en.find((p) => p.id === "brown2020language")!;
    expect(brown.citedIn.map((p) => [p.number, p.title, p.href])).toEqual([
      ["1.2", "Evolution", "/en/basics/evolution/"],
      [null, "Appendix", "/en/more/appendix/"],
    ]);
    expect(book.papers.zh.find((p) => p.id === "kaplan2020scaling")!.citedIn.map((p) => p.href)).toEqual(["/zh/basics/background/"]);
  });

  it("numbers a page's citations in order of first citation and gives the page its References list", () => {
    const evolution = page("en/section/evolution");
    expect(evolution.references?.map((r) => r.id)).toEqual(["brown2020language", "hendrycks2021measuring"]);
    const cites = anchors(evolution.hast).filter((a) => a.properties.dataKind === "cite");
    expect(cites.map((a) => [a.properties.href, a.properties.dataMark])).toEqual([
      ["/en/basics/evolution/#ref-brown2020language", "1"],
      ["/en/basics/evolution/#ref-hendrycks2021measuring", "2"],
    ]);
    expect(page("en/section/details").references).toBeUndefined();
  });

  it("gives each cited paper a card with its venue, where it is cited and a link out", () => {
    expect(page("en/section/evolution").previews["cite:brown2020language"]).toEqual({
      title: "Language Models are Few-Shot Learners",
      number: null,
      subtitle: "Tom B. Brown et al. · NeurIPS 2020",
      opening: "",
      href: "/en/papers/#brown2020language",
      external: "https://arxiv.org/abs/2005.14165",
      citedIn: 2,
    });
  });
});

describe("discussed in", () => {
  it("links the first mention of an entity in each (sub)section, as a whole name", () => {
    const evolution = anchors(page("en/section/evolution").hast).filter((a) => a.properties.dataKind === "model" || a.properties.dataKind === "dataset" || a.properties.dataKind === "benchmark");
    expect(evolution.map((a) => [a.properties.href, (a.children[0] as { value: string }).value])).toEqual([
      ["/en/models/#gpt-3", "GPT-3"],
      ["/en/datasets/#pile", "the Pile"],
      ["/en/benchmarks/#mmlu", "MMLU"],
    ]);
    expect(book.mentionLinks).toBe(8);
  });

  it("lists every section that names an entity, with its sentence and the name marked", () => {
    const gpt3 = book.entities.en.model.find((e) => e.id === "gpt-3")!;
    expect(gpt3.discussedIn.map((m) => [m.number, m.href])).toEqual([
      ["1.1.2", "/en/basics/background/#emergence"],
      ["1.2", "/en/basics/evolution/"],
      [null, "/en/more/appendix/"],
    ]);
    // In the appendix a citation whose words are the model's name comes first, so it is the mention;
    // the explicit `model:` link there still resolves to the catalogue entry.
    const appendix = gpt3.discussedIn[2]!;
    expect(appendix.context.slice(...appendix.mark)).toBe("GPT-3");
    const explicit = anchors(page("en/section/appendix").hast).find((a) => a.properties.dataKind === "model");
    expect([explicit?.properties.href, (explicit?.children[0] as { value: string }).value]).toEqual(["/en/models/#gpt-3", "the largest model"]);
    const zh = book.entities.zh.dataset[0]!;
    expect([zh.name, zh.facts, zh.discussedIn[0]?.context.slice(...zh.discussedIn[0].mark)]).toEqual(["The Pile", { size: "800 GB", datasetKind: "预训练语料" }, "the Pile"]);
  });

  it("reports papers and entities that nothing cites or names, without failing", () => {
    expect(book.problems).toEqual([]);
    expect(book.warnings).toEqual(['content/models.json:22:3: model "gopher" is named in no section']);
  });
});

describe("BibTeX", () => {
  it("writes an entry from the fields we have and no others", () => {
    expect(toBibtex({ ...book.papers.en.find((p) => p.id === "brown2020language")!, title: "Language Models are Few-Shot Learners & 100% more" })).toBe(
      [
        "@misc{brown2020language,",
        "  title = {{Language Models are Few-Shot Learners \\& 100\\% more}},",
        "  author = {Tom B. Brown and others},",
        "  year = {2020},",
        "  note = {NeurIPS 2020},",
        "  eprint = {2005.14165},",
        "  archivePrefix = {arXiv},",
        "  url = {https://arxiv.org/abs/2005.14165}",
        "}",
      ].join("\n"),
    );
    expect(toBibtex(book.papers.en.find((p) => p.id === "kaplan2020scaling")!)).not.toMatch(/author|note|eprint/);
  });
});
