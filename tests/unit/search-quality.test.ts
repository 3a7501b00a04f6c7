/**
 * Search quality on the real book (issue 4): every query of tests/search/queries.json, typed in its
 * edition, must find its document — mean reciprocal rank ≥ 0.9, in the top 5 for ≥ 95 %.
 * Later chapters extend the set; an expected document that no longer exists fails loudly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Book, buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { languageSearch } from "../../src/pipeline/search/index-module";
import { paletteGroups } from "../../src/features/search/palette-groups";
import { createSearcher, type Searcher } from "../../src/shared/search/engine";
import { createSearcher as createTieredSearcher, type SearchHit } from "../../src/shared/search/searcher";
import type { SearchDocKind } from "../../src/shared/search/types";
import type { Lang } from "../../src/shared/types";

interface QualityQuery {
  kind: string;
  lang: Lang;
  q: string;
  expect: string;
  /** Ranked among these results only: "sections" (sections and chapters) or "concepts". */
  among?: "sections" | "concepts";
}

const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, "..", "search", "queries.json"), "utf8")) as { queries: QualityQuery[] };
const KINDS_ASKED_FOR = ["title", "prefix", "acronym", "zh-inside", "cross-language", "name"];

/** What `among` ranks within: the book's sections (and chapters), or its concepts — never the entries. */
const AMONG: Record<NonNullable<QualityQuery["among"]>, readonly SearchDocKind[]> = { sections: ["section", "chapter"], concepts: ["concept"] };

let searchers: Record<Lang, Searcher>;
let book: Book;

beforeAll(() => {
  // Builds even while chapters are being written (problems are another test's business).
  book = buildBook(loadContent(process.cwd()));
  searchers = { en: createSearcher(languageSearch(book, "en").data), zh: createSearcher(languageSearch(book, "zh").data) };
}, 180_000);

function rankOf(query: QualityQuery): number {
  const hits = searchers[query.lang].search(query.q).hits.filter((hit) => !query.among || AMONG[query.among].includes(hit.doc.kind));
  return hits.findIndex((hit) => hit.doc.key === query.expect) + 1;
}

describe("search quality set", () => {
  it("has at least 80 queries in both languages, of every kind the issue names", () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(["en", "zh"]));
    for (const kind of KINDS_ASKED_FOR) expect(queries.some((q) => q.kind === kind), kind).toBe(true);
  });

  it("names only documents that exist", () => {
    const missing = queries.filter((q) => !searchers[q.lang].docs.some((doc) => doc.key === q.expect));
    expect(missing.map((q) => `${q.q} → ${q.expect}`)).toEqual([]);
  });

  it("ranks the expected document well: MRR ≥ 0.9, top 5 for ≥ 95 % of queries", () => {
    const ranks = queries.map(rankOf);
    const mrr = ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / ranks.length;
    const top5 = ranks.filter((rank) => rank >= 1 && rank <= 5).length / ranks.length;
    const misses = queries.filter((_, i) => !(ranks[i]! >= 1 && ranks[i]! <= 5)).map((q) => `[${q.lang}] ${q.q} → ${q.expect}`);
    expect(mrr, `MRR ${mrr.toFixed(3)}`).toBeGreaterThanOrEqual(0.9);
    expect(top5, `top 5: ${(top5 * 100).toFixed(1)} %; outside: ${misses.join("; ")}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe("ranking rules on the real book", () => {
  it("puts every ranking case of the quality set first (RLHF → 5.2.3 among sections, ChatGPT → the section introducing it)", () => {
    const cases = queries.filter((q) => q.kind === "ranking");
    expect(new Set(cases.map((q) => q.lang))).toEqual(new Set(["en", "zh"]));
    expect(cases.filter((q) => rankOf(q) !== 1).map((q) => `[${q.lang}] ${q.q}: ${q.expect} is #${rankOf(q)}`)).toEqual([]);
  });

  it.each(["en", "zh"] as const)("never lists a concept that merely mentions the query above a section whose title matches it, in the palette (%s)", (lang) => {
    for (const q of ["RLHF", "ChatGPT", "SFT", "ICL", "scaling law", "instruction tuning", "RAG"]) {
      const { flat } = paletteGroups(searchers[lang].search(q).hits);
      const firstTitleSection = flat.findIndex((h) => h.doc.kind !== "concept" && h.tier !== "body" && h.tier !== "related");
      const mentions = flat.map((h, i) => ({ h, i })).filter(({ h }) => h.doc.kind === "concept" && (h.tier === "body" || h.tier === "related"));
      if (firstTitleSection >= 0) expect(mentions.filter(({ i }) => i < firstTitleSection).map(({ h }) => `${q}: ${h.doc.title}`)).toEqual([]);
    }
    // ChatGPT names no concept: the palette opens with its catalogue entry (issue 12), and the
    // first section it lists is the one that introduces it.
    const { flat } = paletteGroups(searchers[lang].search("ChatGPT").hits);
    expect(flat[0]?.doc.key).toBe(`${lang}/models#chatgpt`);
    expect(flat.find((h) => h.doc.kind === "section" || h.doc.kind === "chapter")?.doc.key).toBe(`${lang}/section/gpt-evolution#gpt-milestones`);
  });

  it("puts an exact alias first across languages: RLHF in the Chinese edition, 检索增强 in the English", () => {
    expect(searchers.zh.search("RLHF").hits[0]?.doc.title).toBe("基于人类反馈的强化学习");
    expect(searchers.en.search("检索增强").hits[0]?.doc.key).toBe("en/concept/rag");
  });

  it("follows an other-language alias to the sections about it", () => {
    const keys = searchers.en.search("检索增强").hits.map((h) => h.doc.key);
    expect(keys).toContain("en/section/retrieval-augmented-generation");
  });

  it("lists exact title matches, then title prefixes, then body matches", () => {
    const tiers = searchers.en.search("instruction tuning").hits.map((h) => h.tier);
    const order = ["exact", "prefix", "words", "body", "related"];
    const ranks = tiers.map((t) => order.indexOf(t));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(tiers[0]).toBe("exact");
  });

  it("puts a concept ahead of a section with the same title, and sections in book order", () => {
    const hits = searchers.en.search("hallucination").hits.filter((h) => h.tier === "exact");
    expect(hits.map((h) => h.doc.key)).toEqual(["en/concept/hallucination", "en/section/hallucination"]);
  });

  it("finds a section by its number", () => {
    expect(searchers.zh.search("4.1.2").hits[0]?.doc.key).toBe("zh/section/data-collection#data-preprocessing");
  });
});

describe("snippet text on the real book", () => {
  // Issue 11, item 11: "N_{kv}", "\mathcal{D}", "\frac{2}{3}", "\langle输入，输出\rangle" were quoted as TeX.
  const TEX = /\\[a-zA-Z]+|[_^]\{/;

  it.each(["en", "zh"] as const)("quotes formulas as readable text, never TeX (%s)", (lang) => {
    const texts = [...languageSearch(book, lang).texts.values()].flatMap((page) => Object.entries(page));
    const withTex = texts.filter(([, text]) => TEX.test(text)).map(([key, text]) => `${key}: ${TEX.exec(text)?.[0]}`);
    expect(withTex).toEqual([]);
    // The formulas are there, as text: the KV cache's size names N_kv in both editions.
    expect(texts.some(([, text]) => text.includes("N_kv"))).toBe(true);
  });
});

describe("the names tier (what the palette shows before the full-text index arrives)", () => {
  it.each(["en", "zh"] as const)("finds exactly the title, alias and number matches of the full search, in the same order (%s)", (lang) => {
    const full = searchers[lang];
    const names = createTieredSearcher({ lang, docs: [...full.docs] }, null);
    expect(names.complete).toBe(false);
    const named = (hits: SearchHit[]) => hits.filter((h) => h.tier === "exact" || h.tier === "prefix" || h.tier === "words").map((h) => h.doc.key);
    const differing = queries
      .filter((q) => q.lang === lang)
      .filter((q) => JSON.stringify(named(names.search(q.q).hits)) !== JSON.stringify(named(full.search(q.q).hits)))
      .map((q) => q.q);
    expect(differing).toEqual([]);
    // The query the benchmark times: its first result comes from the names tier.
    expect(names.search(lang === "en" ? "scaling law" : "扩展定律").hits[0]?.doc.key).toBe(`${lang}/concept/scaling-laws`);
  });
});
