/**
 * A snippet: the stretch of a document's text around its best match — the window holding the most
 * different query terms (earliest on ties) — cut into plain and marked parts for rendering.
 */
import { findMatches, type MatchRange } from "./matches";

export interface TextPart {
  text: string;
  mark: boolean;
}

export interface Snippet {
  parts: TextPart[];
  /** Text was left out before / after the snippet (the UI shows an ellipsis). */
  before: boolean;
  after: boolean;
}

/** Characters per snippet: Chinese carries about twice the meaning per character. */
export const SNIPPET_LENGTH = { latin: 160, han: 80 } as const;

export function makeSnippet(text: string, terms: readonly string[], length: number): Snippet {
  const matches = findMatches(text, terms);
  const start = matches.length > 0 ? windowStart(text, bestMatch(matches, length), length) : 0;
  const end = Math.min(text.length, safeIndex(text, start + length));
  const cutEnd = end < text.length ? wordBoundaryBack(text, end, start) : end;
  return {
    parts: markParts(text, matches, start, cutEnd),
    before: start > 0,
    after: cutEnd < text.length,
  };
}

/** The whole text cut into marked parts (titles, and anything short). */
export function markText(text: string, terms: readonly string[]): TextPart[] {
  return markParts(text, findMatches(text, terms), 0, text.length);
}

function bestMatch(matches: MatchRange[], length: number): MatchRange {
  const span = Math.floor(length * 0.7);
  let best = matches[0]!;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i]!;
    const seen = new Set<number>();
    for (let j = i; j < matches.length && matches[j]!.start - first.start <= span; j++) seen.add(matches[j]!.term);
    if (seen.size > bestCount) {
      best = first;
      bestCount = seen.size;
    }
  }
  return best;
}

/** Starts a little before the match, at a word or sentence boundary when one is near. */
function windowStart(text: string, match: MatchRange, length: number): number {
  const lead = Math.floor(length * 0.25);
  if (match.start <= lead) return 0;
  const from = match.start - lead;
  const boundary = text.slice(from, match.start).search(/[\s。，；：！？、]/u);
  return safeIndex(text, boundary >= 0 ? from + boundary + 1 : from);
}

function wordBoundaryBack(text: string, end: number, start: number): number {
  const space = text.lastIndexOf(" ", end);
  // Only Latin text has spaces to cut at; Chinese may be cut anywhere.
  return space > start + (end - start) / 2 ? space : end;
}

/** Never cut between the two halves of a surrogate pair. */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

function markParts(text: string, matches: MatchRange[], start: number, end: number): TextPart[] {
  const parts: TextPart[] = [];
  let at = start;
  const push = (to: number, mark: boolean) => {
    if (to > at) parts.push({ text: text.slice(at, to).replace(/\s+/g, " "), mark });
    at = Math.max(at, to);
  };
  for (const match of matches) {
    if (match.end <= start) continue;
    if (match.start >= end) break;
    push(Math.max(match.start, start), false);
    push(Math.min(match.end, end), true);
  }
  push(end, false);
  return parts;
}
