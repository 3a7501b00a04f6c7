/** The sentence around a link, as plain text, with where the link's text sits in it. */
import type { Link, Nodes, Parent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Lang } from "../shared/types";

export interface Context {
  text: string;
  /** The link's text within `text`: [start, end). */
  mark: [number, number];
}

const MAX = 280;

/** `block` is the paragraph (or list item, table cell…) that holds `link`. */
export function contextSentence(block: Nodes, link: Link, lang: Lang): Context {
  const full = plainText(block);
  const start = textOffset(block, link) ?? 0;
  const linkText = toString(link);
  const segmenter = new Intl.Segmenter(lang === "zh" ? "zh" : "en", { granularity: "sentence" });
  for (const { segment, index } of segmenter.segment(full)) {
    if (start >= index && start < index + segment.length) {
      return clip(segment, start - index, linkText.length);
    }
  }
  return clip(full, start, linkText.length);
}

/** Text as a reader sees it: inline math keeps its TeX source, whitespace collapsed later. */
function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false });
}

/** Characters of text before `target` inside `node`, or null if it isn't there. */
function textOffset(node: Nodes, target: Nodes): number | null {
  let offset = 0;
  const walk = (n: Nodes): boolean => {
    if (n === target) return true;
    if ("children" in n) {
      for (const child of (n as Parent).children) if (walk(child as Nodes)) return true;
    } else {
      offset += plainText(n).length;
    }
    return false;
  };
  return walk(node) ? offset : null;
}

/** Trims whitespace and, for long sentences, keeps a window around the link. */
function clip(sentence: string, linkStart: number, linkLength: number): Context {
  const lead = sentence.length - sentence.trimStart().length;
  let text = sentence.trim();
  let start = linkStart - lead;
  if (text.length > MAX) {
    const from = Math.max(0, Math.min(start - MAX / 3, text.length - MAX));
    const cut = Math.round(from);
    text = `${cut > 0 ? "…" : ""}${text.slice(cut, cut + MAX)}${cut + MAX < text.length ? "…" : ""}`;
    start = start - cut + (cut > 0 ? 1 : 0);
  }
  return { text, mark: [start, start + linkLength] };
}
