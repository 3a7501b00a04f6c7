/**
 * What a reader typed → what we search for. Any string is accepted: lone surrogates, control and
 * bidi characters are dropped, full-width forms become ASCII (NFKC), and the query is cut to
 * MAX_QUERY_LENGTH code points, so a pasted page of text costs the same as a long title.
 */
import { isHan } from "./han";

/**
 * Longest query searched, in code points (the longest title or alias in the book is about 50).
 * Anything after it is ignored, and the interface says so.
 */
export const MAX_QUERY_LENGTH = 80;

export interface ParsedQuery {
  /** The cleaned query as searched (what the input shows after a cut, and what URLs carry). */
  text: string;
  /** True when the reader's input was longer than MAX_QUERY_LENGTH and was cut. */
  cut: boolean;
  /** Folded for comparisons with titles and aliases: lower case, no punctuation, singular. */
  folded: string;
  /** Words to find and mark: lower-case Latin/number words (singular) and whole Han runs. */
  terms: string[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control and format characters (bidi overrides, zero-width joiners…) carry no searchable text.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;
const SPACES = /\s+/gu;
const COMBINING = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;

export function parseQuery(input: unknown): ParsedQuery {
  const cleaned = clean(typeof input === "string" ? input : "");
  const points = Array.from(cleaned);
  const cut = points.length > MAX_QUERY_LENGTH;
  const text = cut ? points.slice(0, MAX_QUERY_LENGTH).join("").trim() : cleaned;
  const folded = foldText(text);
  return { text, cut, folded, terms: termsOf(folded) };
}

function clean(raw: string): string {
  // Cut early (a code point is at most two UTF-16 units), so a 10,000-character paste is not
  // normalised in full; what survives is cut again to MAX_QUERY_LENGTH code points.
  const start = raw.trimStart();
  const head = start.length > MAX_QUERY_LENGTH * 4 ? start.slice(0, MAX_QUERY_LENGTH * 4) : start;
  // Whitespace first: tabs and newlines are control characters too, but they separate words.
  return head.replace(LONE_SURROGATE, " ").normalize("NFKC").replace(SPACES, " ").replace(INVISIBLE, "").replace(/ {2,}/g, " ").trim();
}

/**
 * Folds text for comparison: lower case, accents dropped, punctuation and symbols become spaces
 * (so "Retrieval-Augmented" equals "retrieval augmented"), Latin plurals made singular.
 */
export function foldText(text: string): string {
  const lower = text.normalize("NFKD").replace(COMBINING, "").toLowerCase();
  const words: string[] = [];
  for (const match of lower.matchAll(WORD)) words.push(...splitScripts(match[0]).map(singular));
  return words.join(" ");
}

/** "gpt模型" → ["gpt", "模型"]: a Han run is a word of its own even without spaces around it. */
function splitScripts(word: string): string[] {
  if (!/\p{Script=Han}/u.test(word)) return [word];
  return word.split(HAN_RUN_CAPTURE).filter(Boolean);
}
const HAN_RUN_CAPTURE = /(\p{Script=Han}+)/u;

/**
 * "models" → "model", "laws" → "law"; leaves "loss", "focus", "analysis", "gpts"… sensibly alone.
 * Used for both the index and the query, so only consistency matters, not linguistics.
 */
export function singular(word: string): string {
  if (word.length < 4 || !word.endsWith("s") || /(ss|us|is)$/.test(word) || !/^[a-z]+$/.test(word)) return word;
  return word.slice(0, -1);
}

function termsOf(folded: string): string[] {
  const seen = new Set<string>();
  for (const word of folded.split(" ")) if (word) seen.add(word);
  return [...seen];
}

/** True if the text contains any Han character (the query is at least partly Chinese). */
export function hasHan(text: string): boolean {
  for (const ch of text) if (isHan(ch)) return true;
  return false;
}
