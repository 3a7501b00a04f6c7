/** Study data's pure core: anchoring highlights, reading imports, merging, passage links, exports. */
import { describe, expect, it } from "vitest";
import { anchorSpan, describeSpan } from "../../src/features/notes/anchoring";
import { toExportJson, toMarkdown } from "../../src/features/notes/export-formats";
import { readExport } from "../../src/features/notes/import-file";
import { applyMerge, planMerge } from "../../src/features/notes/merge";
import type { Bookmark, Highlight, StudyRecord } from "../../src/features/notes/model";
import { parsePassageHash, passageHash, textDirective } from "../../src/features/notes/passage-link";
import type { Toc } from "../../src/shared/types";

const TEXT =
  "Scaling laws describe how loss falls as models grow. " +
  "The transformer is the mainstream architecture of large language models, and attention is its core. " +
  "Mixture-of-experts models activate only part of their weights for each token. " +
  "The transformer is also used for vision.";

function spanOf(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return describeSpan(text, start, start + quote.length);
}
const QUOTE = "mainstream architecture of large language models";

describe("anchoring", () => {
  const target = spanOf(TEXT, QUOTE);

  it("describes a span as W3C quote and position selectors with context", () => {
    expect(target.quote).toEqual({ type: "TextQuoteSelector", exact: QUOTE, prefix: TEXT.slice(TEXT.indexOf(QUOTE) - 32, TEXT.indexOf(QUOTE)), suffix: ", and attention is its core. Mix" });
    expect(target.position.end - target.position.start).toBe(QUOTE.length);
  });

  it("finds the quote where it was in unchanged text", () => {
    expect(anchorSpan(TEXT, target)).toEqual({ start: target.position.start, end: target.position.end });
  });

  it("finds the quote after an edit before it (the offsets moved)", () => {
    const edited = `A new opening sentence was added here. ${TEXT}`;
    const span = anchorSpan(edited, target);
    expect(span && edited.slice(span.start, span.end)).toBe(QUOTE);
  });

  it("finds the quote after an edit after it", () => {
    const edited = TEXT.replace("for vision", "for vision, speech and code");
    const span = anchorSpan(edited, target);
    expect(span && edited.slice(span.start, span.end)).toBe(QUOTE);
  });

  it("finds the quote after a small edit inside it", () => {
    const edited = TEXT.replace("mainstream architecture", "dominant architecture");
    const span = anchorSpan(edited, target);
    expect(span && edited.slice(span.start, span.end)).toBe("dominant architecture of large language models");
  });

  it("picks the occurrence whose context matches when the quote appears twice", () => {
    const second = TEXT.lastIndexOf("The transformer is");
    const twice = describeSpan(TEXT, second, second + "The transformer is".length);
    expect(anchorSpan(TEXT, { ...twice, position: { ...twice.position, start: 0, end: 0 } })).toEqual({ start: second, end: second + 18 });
  });

  it("orphans a highlight whose text is gone", () => {
    const edited = TEXT.replace("The transformer is the mainstream architecture of large language models, and attention is its core. ", "");
    expect(anchorSpan(edited, target)).toBeNull();
  });

  it("works on Chinese text", () => {
    const zh = "缩放定律描述了损失如何随模型增大而下降。Transformer 是大语言模型的主流架构，注意力是其核心。";
    const t = spanOf(zh, "大语言模型的主流架构");
    const edited = `新增的一句话。${zh.replace("主流架构", "主要架构")}`;
    const span = anchorSpan(edited, t);
    expect(span && edited.slice(span.start, span.end)).toBe("大语言模型的主要架构");
  });
});

const NOW = "2026-12-01T10:00:00.000Z";
const highlight = (over: Partial<Highlight> = {}): Highlight => ({
  type: "highlight",
  id: "highlight:1",
  page: "section:architecture",
  lang: "en",
  target: spanOf(TEXT, QUOTE),
  color: "yellow",
  note: "",
  created: NOW,
  updated: NOW,
  ...over,
});
const bookmark: Bookmark = { type: "bookmark", id: "bookmark:section:architecture#attention", page: "section:architecture", lang: "en", heading: "attention", title: "Attention", created: NOW, updated: NOW };
const file = (over: Record<string, unknown> = {}) => ({ format: "llm-survey-reader", version: 1, exportedAt: NOW, records: [highlight(), bookmark], progress: {}, resume: null, ...over });

describe("import validation", () => {
  it("accepts an export and reads back what was written", () => {
    const json = toExportJson({ records: [bookmark, highlight()], progress: { "section:architecture": { read: true, at: 1 } }, resume: null }, new Date(NOW));
    const result = readExport(json);
    expect(result.ok && result.file.records).toEqual([bookmark, highlight()]);
    expect(result.ok && result.file.progress).toEqual({ "section:architecture": { read: true, at: 1 } });
  });

  const problems = (text: string, bytes?: number) => {
    const result = readExport(text, bytes);
    if (result.ok) throw new Error("expected the import to be refused");
    return result.problems.join("\n");
  };

  it("refuses a file that is not JSON", () => {
    expect(problems("# My notes\n- a")).toMatch(/^The file is not JSON \(.+\)\. Choose a \.json file/s);
  });

  it("refuses another app's JSON, naming the format field", () => {
    expect(problems(JSON.stringify({ highlights: [] }))).toMatch(/^format: missing, expected "llm-survey-reader"/);
    expect(problems(JSON.stringify({ format: "hypothesis", version: 1 }))).toMatch(/^format: found "hypothesis", expected "llm-survey-reader"/);
    expect(problems("[1,2]")).toMatch(/a list, not an export/);
  });

  it("refuses a file from a future version", () => {
    expect(problems(JSON.stringify(file({ version: 7 })))).toMatch(/^version: found 7, but this reader understands version 1 at most/);
  });

  it("refuses wrong field types, saying where, what was found and what was expected", () => {
    const bad = file({ records: [highlight(), highlight({ color: "purple" as never }), { ...bookmark, created: 12 }] });
    const text = problems(JSON.stringify(bad));
    expect(text).toContain('records[1].color: found "purple", expected "yellow" or "green" or "blue" or "pink"');
    expect(text).toContain("records[2].created: found number 12, expected string");
    expect(problems(JSON.stringify(file({ records: [{ type: "sticker" }] })))).toContain('records[0].type: found "sticker", expected a record of type "highlight" or "bookmark"');
  });

  it("refuses a 50 MB file before reading it", () => {
    expect(problems("{}", 50 * 1024 * 1024)).toMatch(/^The file is 50\.0 MB; an export of this reader is at most 5\.0 MB/);
  });
});

describe("merge", () => {
  const mine: StudyRecord[] = [highlight(), bookmark];

  it("adds new records, skips identical ones, and never duplicates by id", () => {
    const other = highlight({ id: "highlight:2" });
    const plan = planMerge(mine, [highlight(), bookmark, other, other]);
    expect(plan).toEqual({ add: [other], replace: [], same: 2, older: 0 });
    expect(applyMerge(mine, plan).map((r) => r.id)).toEqual(["highlight:1", bookmark.id, "highlight:2"]);
  });

  it("replaces a record only with a newer copy, and says so", () => {
    const newer = highlight({ note: "edited elsewhere", updated: "2026-12-02T10:00:00.000Z" });
    const older = highlight({ note: "stale", updated: "2026-11-01T10:00:00.000Z" });
    expect(planMerge(mine, [newer])).toEqual({ add: [], replace: [newer], same: 0, older: 0 });
    expect(planMerge(mine, [older])).toEqual({ add: [], replace: [], same: 0, older: 1 });
    expect(applyMerge(mine, planMerge(mine, [newer]))[0]).toEqual(newer);
  });

  it("keeps the reader's copy when both changed at the same time", () => {
    expect(planMerge(mine, [highlight({ note: "theirs" })]).older).toBe(1);
  });
});

describe("passage links", () => {
  it("round-trips a quote through the fragment, with a standard text fragment after it", () => {
    const target = spanOf(TEXT, QUOTE);
    const hash = passageHash(target);
    expect(hash).toMatch(/^#passage:q=.+:~:text=mainstream%20architecture%20of%20large%20language%20models$/);
    expect(parsePassageHash(hash)).toEqual(target);
    // Browsers that support text fragments remove the `:~:` part from location.hash.
    expect(parsePassageHash(hash.split(":~:")[0]!)).toEqual(target);
  });

  it("shortens long quotes to their first and last words, escaping dashes", () => {
    expect(textDirective("Mixture-of-experts models activate only part of their weights for each token")).toBe("Mixture%2Dof%2Dexperts%20models%20activate%20only,weights%20for%20each%20token");
  });

  it("ignores other anchors", () => {
    expect(parsePassageHash("#attention")).toBeNull();
    expect(parsePassageHash("#passage:at=3")).toBeNull();
  });
});

describe("Markdown export", () => {
  const toc = {
    lang: "en",
    chapters: [
      { id: "overview", number: 1, title: "Overview", summary: "", sections: [] },
      {
        id: "pre-training",
        number: 4,
        title: "Pre-training",
        summary: "",
        sections: [{ id: "architecture", number: "4.2", title: "Architecture", subsections: [{ id: "attention", number: "4.2.1", title: "Attention" }] }],
      },
    ],
  } as unknown as Toc;

  it("lists quotes and notes by chapter with links back, and orphaned ones marked", () => {
    const records = [highlight({ note: "**Key** point" }), bookmark, highlight({ id: "highlight:3", page: "section:gone", orphaned: true })];
    const md = toMarkdown(records, toc, "https://reader.example/", { title: "Notes", bookmark: "Bookmark", orphaned: "text changed", elsewhere: "Elsewhere" });
    expect(md).toBe(
      [
        "# Notes",
        "",
        "## 4 Pre-training",
        "",
        "- Bookmark: [Attention](https://reader.example/en/pre-training/architecture/#attention)",
        "",
        `### [4.2 Architecture](https://reader.example/en/pre-training/architecture/${passageHash(highlight().target)})`,
        "",
        `> ${QUOTE}`,
        "",
        "**Key** point",
        "",
        "## Elsewhere",
        "",
        "### section:gone (text changed)",
        "",
        `> ${QUOTE}`,
        "",
      ].join("\n"),
    );
  });
});
