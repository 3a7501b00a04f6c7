/** The search core's pure parts: query cleaning, Chinese tokens, our highlighter, snippets, packing. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearchIndex, queryTerms } from "../../src/shared/search/encoder";
import { hanTokens, splitHanRuns } from "../../src/shared/search/han";
import { findMatches } from "../../src/shared/search/matches";
import { frontCode, frontDecode, pack, packIds, unpack, unpackIds } from "../../src/shared/search/pack";
import { MAX_QUERY_LENGTH, foldText, parseQuery } from "../../src/shared/search/query";
import { makeSnippet, markText } from "../../src/shared/search/snippet";
import { editDistance } from "../../src/shared/search/suggest";

const marked = (text: string, terms: string[]) =>
  markText(text, terms)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe("query cleaning", () => {
  it("turns full-width letters into ASCII and folds case, accents, hyphens and plurals", () => {
    expect(parseQuery("ＲＬＨＦ").text).toBe("RLHF");
    expect(foldText("Retrieval-Augmented  Generation")).toBe("retrieval augmented generation");
    expect(foldText("Scaling Laws")).toBe(foldText("scaling law"));
    expect(foldText("Café")).toBe("cafe");
  });

  it("drops lone surrogates, control and bidi characters but keeps the words around them", () => {
    const query = parseQuery("\uD800rag\u202E\u0000 模型\uDFFF");
    expect(query.text).toBe("rag 模型");
    expect(query.terms).toEqual(["rag", "模型"]);
  });

  it("treats tabs and newlines as spaces between words", () => {
    expect(parseQuery("chain\tof\nthought").text).toBe("chain of thought");
  });

  it("keeps a Han run together as one term, apart from Latin letters next to it", () => {
    expect(parseQuery("GPT模型的训练").terms).toEqual(["gpt", "模型的训练"]);
  });

  it(`cuts a long query to ${MAX_QUERY_LENGTH} code points and says so`, () => {
    const query = parseQuery("检索".repeat(5000));
    expect(Array.from(query.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.cut).toBe(true);
    expect(parseQuery("short").cut).toBe(false);
  });

  it("never cuts an emoji or a surrogate pair in half", () => {
    const query = parseQuery("😀".repeat(MAX_QUERY_LENGTH + 5));
    expect(query.text).toBe("😀".repeat(MAX_QUERY_LENGTH));
    expect(query.terms).toEqual([]);
  });
});

describe("Chinese tokens", () => {
  it("splits a run into overlapping pairs; the index also keeps its first and last character", () => {
    expect(hanTokens("大语言模型", false)).toEqual(["大语", "语言", "言模", "模型"]);
    expect(hanTokens("大语言模型", true)).toEqual(["大", "大语", "语言", "言模", "模型", "型"]);
    expect(hanTokens("树", false)).toEqual(["树"]);
  });

  it("cuts runs at function characters such as 的, the same way for text and query", () => {
    expect(splitHanRuns("模型的训练", false).trim().split(/\s+/)).toEqual(["模型", "训练"]);
  });

  it("finds a word inside an unspaced sentence, and not a sentence that lacks it", () => {
    const index = createSearchIndex("indexing");
    index.add(0, "本章讨论大语言模型如何进行预训练，以及数据清洗的方法。");
    index.add(1, "本章讨论语言的模型。");
    const search = createSearchIndex("querying");
    index.export((key, data) => search.import(key, data));
    expect(search.search("语言模型")).toEqual([0]);
    expect(search.search("数据清洗")).toEqual([0]);
    expect(search.search("预训")).toEqual([0]);
    expect(queryTerms("语言模型")).toEqual(["语言", "言模", "模型"]);
  });

  it("finds Latin words by their beginning", () => {
    const index = createSearchIndex("indexing");
    index.add(0, "Retrieval-augmented generation retrieves documents.");
    const search = createSearchIndex("querying");
    index.export((key, data) => search.import(key, data));
    expect(search.search("retriev")).toEqual([0]);
    expect(search.search("augm gen")).toEqual([0]);
    expect(search.search("documents")).toEqual([0]);
    expect(search.search("x")).toEqual([]);
  });
});

describe("our highlighter", () => {
  it("marks exactly the Chinese word inside a sentence (the built-in one shifts marks on Chinese)", () => {
    expect(marked("我们使用大语言模型进行推理", ["语言模型"])).toEqual(["语言模型"]);
    expect(marked("数据清洗，然后是数据清洗。", ["数据清洗"])).toEqual(["数据清洗", "数据清洗"]);
  });

  it("marks whole Latin words that start with a term, case-insensitively, and nothing inside words", () => {
    expect(marked("Retrieval helps; RAG retrieves.", ["retriev", "rag"])).toEqual(["Retrieval", "RAG", "retrieves"]);
    expect(marked("storage and dragons", ["rag"])).toEqual([]);
    expect(marked("Scaling laws", ["law"])).toEqual(["laws"]);
  });

  it("marks Latin terms right after Chinese characters", () => {
    expect(marked("基于GPT的模型", ["gpt"])).toEqual(["GPT"]);
  });

  it("returns ranges in order without overlaps", () => {
    const ranges = findMatches("retrieval retrieval", ["retriev", "retrieval", "r"]);
    expect(ranges.map((r) => [r.start, r.end])).toEqual([
      [0, 9],
      [10, 19],
    ]);
  });
});

describe("snippets", () => {
  const text = `${"Filler words about nothing in particular. ".repeat(10)}Here dense retrieval meets reranking in one sentence. ${"More filler text follows here. ".repeat(10)}`;

  it("shows the stretch holding the most query terms, with ellipses on cut sides", () => {
    const snippet = makeSnippet(text, ["retriev", "rerank"], 120);
    const shown = snippet.parts.map((p) => p.text).join("");
    expect(shown).toContain("dense retrieval meets reranking");
    expect(snippet.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["retrieval", "reranking"]);
    expect(snippet.before).toBe(true);
    expect(snippet.after).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(120);
  });

  it("falls back to the beginning when no term occurs", () => {
    const snippet = makeSnippet(text, ["absent"], 60);
    expect(snippet.before).toBe(false);
    expect(snippet.parts.every((p) => !p.mark)).toBe(true);
    expect(snippet.parts.map((p) => p.text).join("")).toMatch(/^Filler words/);
  });

  it("marks Chinese terms in a Chinese snippet", () => {
    const zh = `${"这是无关的句子。".repeat(20)}拒绝采样用于筛选推理轨迹。${"其他内容。".repeat(20)}`;
    const snippet = makeSnippet(zh, ["拒绝采样"], 40);
    expect(snippet.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["拒绝采样"]);
  });
});

describe("packed index", () => {
  it("round-trips any id lists exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { maxLength: 50 }), (ids) => {
        expect(unpackIds(packIds(ids))).toEqual(ids);
      }),
    );
  });

  it("front-codes any sorted list of terms reversibly", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom("a", "b", "模", "型", "\u{20000}", "1") , maxLength: 40 })), (terms) => {
        const sorted = [...terms].sort();
        expect(frontDecode(frontCode(sorted))).toEqual(sorted);
      }),
    );
    expect(frontCode(["model", "models", "模型", "模式"])).toEqual(["0model", "5s", "0模型", "1式"]);
  });

  it("restores FlexSearch's export exactly", () => {
    const index = createSearchIndex("indexing", (_content, term) => term.length % 3);
    ["检索增强生成", "retrieval augmented generation", "大语言模型的预训练", "scaling laws"].forEach((text, id) => index.add(id, text));
    const exported: [string, unknown][] = [];
    index.export((key, data) => {
      exported.push([key, JSON.parse(data)]);
    });
    const restored = unpack(pack(exported));
    const asMap = (parts: [string, unknown][]) =>
      new Map(parts.flatMap(([key, data]) => (key.endsWith("map") ? (data as [string, unknown][]) : [[key.split(".").at(-1), data]])));
    expect(asMap(restored)).toEqual(asMap(exported));
  });
});

describe("edit distance for suggestions", () => {
  it("counts a transposition as one edit and gives up past the limit", () => {
    expect(editDistance("retreival", "retrieval", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyzuvw", 2)).toBe(3);
  });
});
