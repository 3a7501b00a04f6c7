/**
 * Finding a highlight's text again, in a page's plain text. Describing a range stores the quote, 32
 * characters of context either side and the offsets; anchoring looks for the quote near the old
 * offsets, then anywhere with the best context, then approximately (a few characters changed inside
 * it) — the approach of Hypothesis's match-quote, with the same fuzzy matcher (approx-string-match).
 * When nothing close enough is found the highlight is orphaned: kept, and shown with its quote.
 */
import search from "approx-string-match";
import type { TextTarget } from "./model";

const CONTEXT = 32;
/** A fuzzy match may differ from the stored quote in at most this share of its characters. */
const MAX_QUOTE_ERROR_RATE = 0.3;

export interface TextSpan {
  start: number;
  end: number;
}

export function describeSpan(text: string, start: number, end: number): TextTarget {
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/** Where the target's quote is in `text` now, or null when it can't be found (orphaned). */
export function anchorSpan(text: string, target: TextTarget): TextSpan | null {
  const { exact } = target.quote;
  if (!exact) return null;
  const hint = target.position.start;
  // Unchanged text: the quote is still where it was.
  if (text.slice(hint, hint + exact.length) === exact && contextFits(text, hint, hint + exact.length, target)) {
    return { start: hint, end: hint + exact.length };
  }
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_QUOTE_ERROR_RATE));
  const candidates = [
    ...occurrences(text, exact).map((start) => ({ start, end: start + exact.length, errors: 0 })),
    // The matcher keeps only the fewest-error matches, so an exact copy elsewhere would hide a
    // slightly edited quote at its old place: look near the old place separately.
    ...(maxErrors > 0 ? fuzzyNear(text, exact, hint, maxErrors) : []),
  ];
  if (candidates.length === 0 && maxErrors > 0) candidates.push(...search(text, exact, maxErrors));
  let best: { span: TextSpan; score: number } | null = null;
  for (const match of candidates) {
    const score = scoreMatch(text, match, target);
    if (!best || score > best.score) best = { span: match.errors > 0 ? snapToContext(text, match, target) : match, score };
  }
  return best && { start: best.span.start, end: best.span.end };
}

const SNAP = 8;

/**
 * A fuzzy match's edges are uncertain by up to its error count ("minant" for an edited "dominant"):
 * move each edge to where the stored context ends or begins, if it does so nearby.
 */
function snapToContext(text: string, match: { start: number; end: number; errors: number }, target: TextTarget): TextSpan {
  const before = target.quote.prefix.slice(-SNAP);
  const after = target.quote.suffix.slice(0, SNAP);
  const near = (from: number, fits: (at: number) => boolean): number => {
    for (let d = 0; d <= match.errors; d++) {
      if (fits(from - d)) return from - d;
      if (fits(from + d)) return from + d;
    }
    return from;
  };
  const start = before ? near(match.start, (at) => at >= before.length && text.slice(at - before.length, at) === before) : match.start;
  const end = after ? near(match.end, (at) => text.slice(at, at + after.length) === after) : match.end;
  return end > start ? { start, end } : match;
}

function fuzzyNear(text: string, quote: string, hint: number, maxErrors: number) {
  const from = Math.max(0, hint - quote.length - CONTEXT);
  const window = text.slice(from, hint + 2 * quote.length + CONTEXT);
  return search(window, quote, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function contextFits(text: string, start: number, end: number, target: TextTarget): boolean {
  const { prefix, suffix } = target.quote;
  return text.slice(start - prefix.length, start) === prefix && text.slice(end, end + suffix.length) === suffix;
}

/** Hypothesis's weighting: the quote counts most, then its context, then closeness to the old place. */
function scoreMatch(text: string, match: { start: number; end: number; errors: number }, target: TextTarget): number {
  const { exact, prefix, suffix } = target.quote;
  const quoteScore = 1 - match.errors / exact.length;
  const prefixScore = similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
  const suffixScore = similarity(text.slice(match.end, match.end + suffix.length), suffix);
  const positionScore = 1 - Math.abs(match.start - target.position.start) / Math.max(1, text.length);
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

/** 1 when `actual` is `expected`, falling towards 0 with each character that differs. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}
