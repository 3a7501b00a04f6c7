/**
 * Painting highlights with the CSS Custom Highlight API: ranges are registered by colour and styled
 * with ::highlight(), so the article's DOM — which React owns — is never changed. Browsers without
 * the API (Firefox before 140) don't paint them; the notes page still lists every highlight.
 */
import { anchorSpan, type TextSpan } from "./anchoring";
import { indexText, spanToRange } from "./dom-text";
import { COLORS, type Highlight } from "./model";

export interface Anchored {
  highlight: Highlight;
  span: TextSpan;
  range: Range;
}

const NAMES = [...COLORS.map((c) => `reader-${c}`), "reader-note"];

export const canPaint = () => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";

/** Anchors each highlight in the article's current text; those that can't be found come back as orphans. */
export function anchorAll(root: Element, highlights: readonly Highlight[]): { anchored: Anchored[]; orphans: Highlight[] } {
  const index = indexText(root);
  const anchored: Anchored[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of highlights) {
    const span = anchorSpan(index.text, highlight.target);
    const range = span && spanToRange(index, span.start, span.end);
    if (span && range) anchored.push({ highlight, span, range });
    else orphans.push(highlight);
  }
  return { anchored, orphans };
}

export function paint(anchored: readonly Anchored[]): void {
  if (!canPaint()) return;
  for (const color of COLORS) {
    CSS.highlights.set(`reader-${color}`, new Highlight(...anchored.filter((a) => a.highlight.color === color).map((a) => a.range)));
  }
  CSS.highlights.set("reader-note", new Highlight(...anchored.filter((a) => a.highlight.note.trim()).map((a) => a.range)));
}

export function unpaint(): void {
  if (!canPaint()) return;
  for (const name of NAMES) CSS.highlights.delete(name);
}

let flashTimer = 0;

/** Marks a passage for a few seconds, after a link to it was followed. */
export function flash(range: Range): void {
  if (!canPaint()) return;
  CSS.highlights.set("reader-flash", new Highlight(range));
  window.clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => CSS.highlights.delete("reader-flash"), 8000);
}
