/**
 * Where the query's terms occur in a text — our own highlighter, because FlexSearch's splits on
 * spaces and marks the wrong characters in Chinese (search-notes pitfall 1). Works on the original
 * text (offsets are valid for it), case-insensitively:
 *   a Latin or number term matches at the start of a word and marks the whole word
 *     ("retriev" marks "retrieval", "model" marks "models");
 *   a Han term matches anywhere, exactly (Chinese has no word boundaries to respect).
 */
import { isHan } from "./han";

export interface MatchRange {
  start: number;
  end: number;
  /** Index of the matched term in the `terms` array. */
  term: number;
}

/** Enough for any snippet or section; keeps a pathological text/term pair from running long. */
const MAX_MATCHES = 2000;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function findMatches(text: string, terms: readonly string[]): MatchRange[] {
  const lower = lowerSameLength(text);
  const ranges: MatchRange[] = [];
  terms.forEach((term, t) => {
    if (!term) return;
    const han = isHan(Array.from(term)[0] ?? "");
    for (let at = lower.indexOf(term); at >= 0 && ranges.length < MAX_MATCHES; at = lower.indexOf(term, at + 1)) {
      if (han) ranges.push({ start: at, end: at + term.length, term: t });
      else if (startsWord(text, at)) ranges.push({ start: at, end: wordEnd(text, at + term.length), term: t });
    }
  });
  return mergeOverlaps(ranges);
}

/** toLowerCase, but never changing the length (a few characters lower-case to two), so offsets hold. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    result += l.length === ch.length ? l : ch;
  }
  return result;
}

function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = charBefore(text, at);
  return !WORD_CHAR.test(before) || isHan(before);
}

function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(end) ?? 0);
    if (!WORD_CHAR.test(ch) || isHan(ch)) break;
    end += ch.length;
  }
  return end;
}

function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  // The unit before `at` may be the second half of a surrogate pair.
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(at - 2, at);
  return text.charAt(at - 1);
}

function mergeOverlaps(ranges: MatchRange[]): MatchRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
