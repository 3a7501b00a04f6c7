/**
 * The text of "the section" a result points at, on the rendered page: from its heading to the
 * next heading of the same or a higher level; for a result without an anchor (a page's opening),
 * from the top of the article to its first heading. Formulas (KaTeX) are skipped: their text is
 * markup, not prose.
 */
const HEADING = /^H([1-6])$/;

function levelOf(element: Element): number | null {
  const match = HEADING.exec(element.tagName);
  return match ? Number(match[1]) : null;
}

/** Top-level blocks of the article that belong to the section starting at `heading` (or the opening). */
function sectionBlocks(article: Element, heading: Element | null): Element[] {
  const blocks = Array.from(article.children);
  const start = heading ? blocks.findIndex((b) => b === heading || b.contains(heading)) : 0;
  if (start < 0) return [];
  const level = heading ? (levelOf(heading) ?? 6) : 0;
  const section: Element[] = [];
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    const blockLevel = levelOf(block);
    if (i > start && blockLevel !== null && (heading === null || blockLevel <= level)) break;
    // An opening without an anchor ends at the first heading after the page title.
    if (heading === null && blockLevel !== null && blockLevel > 1 && i > 0) break;
    section.push(block);
  }
  return section;
}

/** The section's text, block by block: each block's text nodes in order (formulas left out). */
export function sectionTextBlocks(article: Element, heading: Element | null): Text[][] {
  return sectionBlocks(article, heading).map((block) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(".katex, .permalink, .heading-number") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes;
  });
}

/**
 * A block's text as one string, and a way back from an offset in it to a text node: a match may
 * cross elements ("流水线<em>气泡</em>"), and a Range may too.
 */
export function joinTextNodes(nodes: readonly Text[]): { text: string; at: (offset: number, isEnd: boolean) => [Text, number] | null } {
  const starts: number[] = [];
  let text = "";
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const at = (offset: number, isEnd: boolean): [Text, number] | null => {
    // The last node starting at or before the offset (before it, for an end that falls on a boundary).
    let i = nodes.length - 1;
    while (i > 0 && (starts[i]! > offset || (isEnd && starts[i] === offset))) i--;
    const node = nodes[i];
    return node ? [node, offset - starts[i]!] : null;
  };
  return { text, at };
}
