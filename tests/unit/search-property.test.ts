/**
 * Any string at all — empty, whitespace, regex characters, emoji, right-to-left text, lone
 * surrogates, 10,000 characters — returns normally from the search function with well-formed
 * results (10,000 random strings, on the real book's index).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { languageSearch } from "../../src/pipeline/search/index-module";
import { createSearcher, type Searcher, type SearchResponse } from "../../src/shared/search/engine";
import { MAX_QUERY_LENGTH } from "../../src/shared/search/query";
import { TIERS } from "../../src/shared/search/rank";
import { SNIPPET_LENGTH, makeSnippet } from "../../src/shared/search/snippet";
import type { Lang } from "../../src/shared/types";

let searchers: Record<Lang, Searcher>;
let textOf: (lang: Lang, key: string) => string;

beforeAll(() => {
  const book = buildBook(loadContent(process.cwd()));
  const en = languageSearch(book, "en");
  const zh = languageSearch(book, "zh");
  searchers = { en: createSearcher(en.data), zh: createSearcher(zh.data) };
  textOf = (lang, key) => {
    const texts = (lang === "en" ? en : zh).texts;
    return texts.get(key.split("#")[0] ?? "")?.[key] ?? "";
  };
}, 180_000);

// Strings a reader could paste: any code units (lone surrogates included), whole code points,
// Chinese, regex syntax, emoji and right-to-left text, and very long runs.
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(..."检索增强生成大语言模型的训练数据清洗预", ..."RAGrlhf "), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."()[]{}*+?.^$|\\/", "\u202E", "\u200F", "שלום", "مرحبا", "😀", "👩‍👩‍👧", "\uD800", "\uDC00"), maxLength: 30 }),
  fc.string({ unit: "binary", minLength: 1000, maxLength: 10_000 }),
);

function expectWellFormed(response: SearchResponse, searcher: Searcher): void {
  expect(Array.from(response.query.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(response.query.text).toBe(response.query.text.trim());
  for (const term of response.query.terms) expect(term.length).toBeGreaterThan(0);
  const ids = response.hits.map((h) => h.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const hit of response.hits) {
    expect(searcher.docs[hit.id]).toBe(hit.doc);
    expect(TIERS).toContain(hit.tier);
  }
  const tierRanks = response.hits.map((h) => TIERS.indexOf(h.tier));
  expect(tierRanks).toEqual([...tierRanks].sort((a, b) => a - b));
  if (response.query.terms.length === 0) expect(response.hits).toEqual([]);
}

describe("search never throws", () => {
  it("answers 10,000 random strings with well-formed results in both languages", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Lang>("en", "zh"), (input, lang) => {
        const searcher = searchers[lang];
        const response = searcher.search(input);
        expectWellFormed(response, searcher);
        const first = response.hits[0];
        if (first) {
          const text = textOf(lang, first.doc.key);
          const snippet = makeSnippet(text, response.query.terms, SNIPPET_LENGTH[lang === "zh" ? "han" : "latin"]);
          expect(snippet.parts.map((p) => p.text).join("").length).toBeLessThanOrEqual(SNIPPET_LENGTH.latin);
        }
        // The interface asks for suggestions only when nothing was found.
        if (!first) for (const name of searcher.suggest(input)) expect(typeof name).toBe("string");
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);

  it("handles the named hard cases", () => {
    const cases = ["", "   ", "\t\n", ".*", "(", "[a-z]+$", "\\", "😀", "שלום עולם", "\u202Egnp", "\uD800", "\uDC00x", "a".repeat(10_000), "检".repeat(10_000)];
    for (const lang of ["en", "zh"] as const) {
      for (const input of cases) expectWellFormed(searchers[lang].search(input), searchers[lang]);
    }
    expect(searchers.en.search("a".repeat(10_000)).query.cut).toBe(true);
  });
});
