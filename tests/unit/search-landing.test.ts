// @vitest-environment jsdom
/** On the page a result opens: which text is "the section", and matches that cross elements. */
import { describe, expect, it } from "vitest";
import { findMatches } from "../../src/shared/search/matches";
import { joinTextNodes, sectionTextBlocks } from "../../src/features/search/section-range";

function article(html: string): Element {
  const div = document.createElement("div");
  div.className = "article";
  div.innerHTML = html;
  return div;
}

const PAGE = `
  <h1 id="data-collection"><span class="heading-number">4.1</span>Data Collection<a class="permalink" href="#data-collection">#</a></h1>
  <p>Opening about data.</p>
  <h2 id="data-source">Data Source</h2>
  <p>Sources of <em>data</em>, with <span class="katex">x_{data}</span> math.</p>
  <h3 id="deeper">Deeper</h3>
  <p>Still the source section.</p>
  <h2 id="data-preprocessing">Data Preprocessing</h2>
  <p>Cleaning data.</p>`;

const texts = (blocks: Text[][]) => blocks.map((nodes) => nodes.map((n) => n.data).join(""));

describe("the section a result points at", () => {
  it("runs from its heading to the next heading of the same level, deeper headings included", () => {
    const root = article(PAGE);
    const blocks = sectionTextBlocks(root, root.querySelector("#data-source"));
    expect(texts(blocks)).toEqual(["Data Source", "Sources of data, with  math.", "Deeper", "Still the source section."]);
  });

  it("is the page's opening (title included) when the result has no anchor", () => {
    const root = article(PAGE);
    expect(texts(sectionTextBlocks(root, null))).toEqual(["Data Collection", "Opening about data."]);
  });
});

describe("matches across elements", () => {
  it("finds a Chinese word split by emphasis and maps it back to both text nodes", () => {
    const root = article("<p>形成流水线<em>气泡</em>（bubble）。</p>");
    const [nodes] = sectionTextBlocks(root, null);
    const { text, at } = joinTextNodes(nodes ?? []);
    const [match] = findMatches(text, ["流水线气泡"]);
    expect(match).toBeDefined();
    const range = document.createRange();
    range.setStart(...at(match!.start, false)!);
    range.setEnd(...at(match!.end, true)!);
    expect(range.toString()).toBe("流水线气泡");
    expect(at(match!.end, true)?.[0].data).toBe("气泡");
  });
});
