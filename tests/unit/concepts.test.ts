/** Backlinks: where the chapters discuss each concept, with the sentence around each link. */
import type { Link, Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { contextSentence } from "../../src/pipeline/context-sentence";
import { buildValid } from "./fixture-helpers";

const book = buildValid();
const backlinks = (lang: "en" | "zh", id: string) => book.pages.find((p) => p.lang === lang && p.kind === "concept" && p.id === id)?.concept?.backlinks;

describe("concept backlinks", () => {
  it("lists every chapter place that links a concept, with number, title, anchor and sentence", () => {
    expect(backlinks("en", "alpha")?.discussedIn).toEqual([
      {
        chapter: { id: "basics", number: 1, title: "Basics" },
        number: "1",
        title: "Basics",
        href: "/en/basics/",
        context: "Opening text of the first chapter, about scaling.",
        mark: [41, 48],
        occurrence: 0,
      },
      {
        chapter: { id: "more", number: 2, title: "More" },
        number: "2.1",
        title: "Details",
        href: "/en/more/details/",
        context: "Details of Alpha, in a sentence.",
        mark: [11, 16],
        occurrence: 0,
      },
      {
        chapter: { id: "more", number: 2, title: "More" },
        number: "2.1",
        title: "Details",
        href: "/en/more/details/",
        context: "Another sentence names Alpha again.",
        mark: [23, 28],
        // The second link to Alpha on that page: "Discussed in" lands on this one, not the first.
        occurrence: 1,
      },
    ]);
  });

  it("points a link under a ### heading at that subsection's anchor", () => {
    const [mention] = backlinks("en", "beta")?.discussedIn ?? [];
    expect(mention).toMatchObject({ number: "1.1.1", title: "Scaling Laws", href: "/en/basics/background/#scaling" });
  });

  it("cuts Chinese text into sentences at full-width punctuation", () => {
    const details = backlinks("zh", "alpha")?.discussedIn.find((m) => m.href === "/zh/more/details/");
    expect(details?.context).toBe("关于阿尔法的细节，在一句话里。");
    expect(details?.context.slice(...(details?.mark ?? [0, 0]))).toBe("阿尔法");
  });

  it("records which concept pages link a concept (not counting front-matter related lists)", () => {
    expect(backlinks("en", "beta")?.linkedFrom).toEqual(["alpha"]);
    expect(backlinks("en", "alpha")?.linkedFrom).toEqual([]);
  });

  it("gives each page the preview cards of the links on it", () => {
    const details = book.pages.find((p) => p.lang === "en" && p.id === "details");
    expect(Object.keys(details?.previews ?? {})).toEqual(["concept:alpha"]);
    expect(details?.previews["concept:alpha"]).toMatchObject({ title: "Alpha (A)", subtitle: "The first concept.", opening: "Alpha is the first concept.", href: "/en/concepts/alpha/" });
  });
});

describe("context sentence", () => {
  const paragraph = (before: string, linkText: string, after: string): [Paragraph, Link] => {
    const link: Link = { type: "link", url: "/x/", children: [{ type: "text", value: linkText }] };
    return [{ type: "paragraph", children: [{ type: "text", value: before }, link, { type: "text", value: after }] }, link];
  };

  it("picks the sentence that holds the link, not its neighbours", () => {
    const [block, link] = paragraph("First sentence. The second one mentions ", "RLHF", " here. Third sentence.");
    expect(contextSentence(block, link, "en")).toEqual({ text: "The second one mentions RLHF here.", mark: [24, 28] });
  });

  it("keeps a window around the link in a very long sentence, marked with ellipses", () => {
    const [block, link] = paragraph(`${"word ".repeat(120)}about `, "LoRA", ` and ${"more ".repeat(120)}end.`);
    const { text, mark } = contextSentence(block, link, "en");
    expect(text.length).toBeLessThanOrEqual(282);
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(text.slice(...mark)).toBe("LoRA");
  });
});
