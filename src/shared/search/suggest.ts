/**
 * "No results" help: titles and aliases close to what was typed (a typo, a near spelling), by edit
 * distance on folded text — against the whole name and against its beginning, so "retreival" still
 * suggests "retrieval-augmented generation".
 */
import type { FoldedName } from "./rank";

const MAX_SUGGESTIONS = 5;
/** Suggestions are for short queries; longer input is compared by its beginning only. */
const MAX_COMPARED = 40;

export interface SuggestionName {
  text: string;
  chars: string[];
}

export function suggestionNames(names: readonly FoldedName[]): SuggestionName[] {
  const seen = new Set<string>();
  const result: SuggestionName[] = [];
  for (const name of names) {
    if (!name.folded || seen.has(name.text)) continue;
    seen.add(name.text);
    result.push({ text: name.text, chars: Array.from(name.folded) });
  }
  return result;
}

export function closeNames(folded: string, names: readonly SuggestionName[]): string[] {
  const query = Array.from(folded).slice(0, MAX_COMPARED);
  if (query.length < 2) return [];
  const allowed = Math.min(3, Math.max(1, Math.floor(query.length / 4)));
  const scored: [string, number][] = [];
  for (const name of names) {
    const whole = editDistance(query, name.chars, allowed);
    // A name matched only at its start ranks after names matched whole.
    const start = name.chars.length > query.length ? editDistance(query, name.chars.slice(0, query.length), allowed) + 0.5 : Infinity;
    const distance = Math.min(whole, start);
    if (distance <= allowed) scored.push([name.text, distance]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length)
    .slice(0, MAX_SUGGESTIONS)
    .map(([text]) => text);
}

/** Levenshtein distance with transpositions, giving up (returning limit + 1) past `limit`. */
export function editDistance(a: string | readonly string[], b: string | readonly string[], limit: number): number {
  const x = typeof a === "string" ? Array.from(a) : a;
  const y = typeof b === "string" ? Array.from(b) : b;
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[y.length]!;
}
