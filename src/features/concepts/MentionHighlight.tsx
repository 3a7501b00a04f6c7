/**
 * On a page opened from a concept's "Discussed in" list: scrolls the mentioning sentence to the
 * reading line and marks it for a few seconds (CSS Custom Highlight API: a range over the text,
 * so React's DOM is untouched; without the API, the sentence is still scrolled into view).
 */
import { useEffect } from "react";
import { useSearch } from "wouter";
import { MENTION_PARAM, parseMention, sentenceAround } from "./mention";
import "./concepts.css";

const HIGHLIGHT = "concept-mention";
const MARK_MS = 4000;

export function MentionHighlight({ ready }: { ready: boolean }) {
  const mention = parseMention(new URLSearchParams(useSearch()).get(MENTION_PARAM));
  const conceptId = mention?.conceptId;
  const occurrence = mention?.occurrence;
  useEffect(() => {
    if (!ready || conceptId === undefined || occurrence === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the page's own scrolling (to its anchor) has happened.
    const frame = requestAnimationFrame(() => {
      const links = document.querySelectorAll<HTMLElement>(`main .article a[data-kind="concept"][data-target="${CSS.escape(conceptId)}"]`);
      const link = links[occurrence];
      if (!link) return;
      const range = sentenceRange(link);
      const box = range.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + box.top - window.innerHeight / 3);
      if (typeof Highlight === "undefined" || !("highlights" in CSS)) return;
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
      timer = setTimeout(() => CSS.highlights.delete(HIGHLIGHT), MARK_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(HIGHLIGHT);
    };
  }, [ready, conceptId, occurrence]);
  return null;
}

/** The sentence of the block (paragraph, list item, cell) the link is in, as a DOM range. */
function sentenceRange(link: HTMLElement): Range {
  const block = link.closest("p, li, td, th, h1, h2, h3") ?? link;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = "";
  let linkStart = -1;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (linkStart < 0 && link.contains(node)) linkStart = text.length;
    nodes.push(node);
    text += node.data;
  }
  const [start, end] = sentenceAround(text, Math.max(0, linkStart), document.documentElement.lang || "en");
  const range = document.createRange();
  const place = (offset: number, atEnd: boolean): [Text, number] => {
    let seen = 0;
    for (const node of nodes) {
      if (offset < seen + node.data.length || (atEnd && offset === seen + node.data.length)) return [node, offset - seen];
      seen += node.data.length;
    }
    const last = nodes.at(-1)!;
    return [last, last.data.length];
  };
  if (nodes.length === 0) {
    range.selectNodeContents(link);
    return range;
  }
  range.setStart(...place(start, false));
  range.setEnd(...place(end, true));
  return range;
}
