/**
 * An article's text as one string, and conversion between offsets in it and DOM ranges. Text the
 * reader doesn't see as content is left out: KaTeX's hidden MathML copy of each formula, heading
 * numbers' permalinks and the heading tools (bookmark buttons).
 */
const SKIP = ".katex-mathml, .permalink, .heading-tools";

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

export function indexText(root: Element): TextIndex {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** The offset in the index's text of a DOM boundary point. */
function offsetOf(index: TextIndex, container: Node, offset: number): number {
  const at = index.nodes.indexOf(container as Text);
  if (at !== -1) return index.starts[at]! + offset;
  // An element boundary, or a skipped text node: the first indexed text after the point.
  const point = document.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < index.nodes.length; i++) {
    if (point.comparePoint(index.nodes[i]!, 0) >= 0) return index.starts[i]!;
  }
  return index.text.length;
}

export function rangeToSpan(index: TextIndex, range: Range): { start: number; end: number } {
  return { start: offsetOf(index, range.startContainer, range.startOffset), end: offsetOf(index, range.endContainer, range.endOffset) };
}

export function spanToRange(index: TextIndex, start: number, end: number): Range | null {
  const from = locate(index, start, false);
  const to = locate(index, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text node and offset of a text offset; at a node boundary, an end prefers the earlier node. */
function locate(index: TextIndex, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = index.starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  return { node, offset: Math.min(node.data.length, Math.max(0, offset - index.starts[lo]!)) };
}
