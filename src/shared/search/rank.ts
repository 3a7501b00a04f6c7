/**
 * Ranking tiers, applied on top of FlexSearch's order (which already puts names first, then body
 * terms by frequency, concepts ahead, then book order — see src/pipeline/search/score.ts):
 *   exact    the query is the title, an alias or the section number ("rlhf", "4.1.2")
 *   prefix   a title or alias starts with the query ("retriev" → Retrieval-Augmented Generation)
 *   words    every query word starts a word of a title or alias, in any order
 *   body     found in the text only
 *   related  not found directly, but a concept the query names is (see engine.ts)
 * FlexSearch has no field boost (search-notes §4), so these are decided here.
 */
import { foldText } from "./query";
import type { ParsedQuery } from "./query";
import type { SearchDoc } from "./types";

export const TIERS = ["exact", "prefix", "words", "body", "related"] as const;
export type Tier = (typeof TIERS)[number];

/** A title or alias, folded once when the index loads. */
export interface FoldedName {
  text: string;
  folded: string;
  words: string[];
}

export interface NameMatch {
  tier: Tier;
  /** The alias that matched when it isn't the title (shown as "also called …"), else null. */
  name: string | null;
}

const NUMBER = /^\d+(\.\d+)*$/;

export function foldNames(doc: SearchDoc): FoldedName[] {
  return [doc.title, ...doc.names].map((text) => {
    const folded = foldText(text);
    return { text, folded, words: folded.split(" ") };
  });
}

/** A query prepared once for comparing with many names. */
export interface NameQuery {
  text: string;
  folded: string;
  terms: readonly string[];
  /** Per term: Han terms match anywhere in a name, Latin terms at the start of a word. */
  han: readonly boolean[];
  /** Per term, what `namesText` must contain for any name to match: " term", or a Han term. */
  needles: readonly string[];
}

export function nameQuery(query: ParsedQuery): NameQuery {
  const han = query.terms.map((t) => HAN.test(t));
  return { text: query.text, folded: query.folded, terms: query.terms, han, needles: query.terms.map((t, i) => (han[i] ? t : ` ${t}`)) };
}

/**
 * All of a document's folded names in one string, each word after a space: most candidates match
 * no name, and an `includes` per query term says so without looking at names one by one.
 */
export function namesText(names: readonly FoldedName[]): string {
  return names.map((n) => ` ${n.folded}`).join("\n");
}

const BODY_MATCH: NameMatch = { tier: "body", name: null };

export function matchNames(doc: SearchDoc, names: readonly FoldedName[], allNames: string, query: NameQuery): NameMatch {
  if (doc.number !== null && doc.number === query.text && NUMBER.test(query.text)) return { tier: "exact", name: null };
  for (const needle of query.needles) if (!allNames.includes(needle)) return BODY_MATCH;
  let best = BODY;
  let bestName: string | null = null;
  for (let i = 0; i < names.length; i++) {
    const tier = capped(doc, nameTier(names[i]!, query));
    if (tier < best) {
      best = tier;
      bestName = i === 0 ? null : names[i]!.text;
    }
  }
  return { tier: TIERS[best]!, name: bestName };
}

const EXACT = 0;
const PREFIX = 1;
const WORDS = 2;
const BODY = 3;
const HAN = /\p{Script=Han}/u;

/**
 * A paper matches by name only exactly (its title, or the name before its colon: "LLaMA"): paper
 * titles are sentences that open with the names readers type ("ChatGPT Makes Medicine Easy to
 * Swallow", 30-odd more for "ChatGPT"), and as prefix or word matches they would push the entry
 * and the book's own pages down. Otherwise a paper is found by its text, where its title's words
 * don't count as its head (src/pipeline/search/build-index.ts).
 */
function capped(doc: SearchDoc, tier: number): number {
  return doc.kind === "paper" && tier !== EXACT ? BODY : tier;
}

function nameTier(name: FoldedName, query: NameQuery): number {
  if (!query.folded || !name.folded) return BODY;
  if (name.folded === query.folded) return EXACT;
  if (name.folded.startsWith(query.folded)) return PREFIX;
  for (let t = 0; t < query.terms.length; t++) {
    const term = query.terms[t]!;
    if (query.han[t] ? !name.folded.includes(term) : !name.words.some((w) => w.startsWith(term))) return BODY;
  }
  return WORDS;
}

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
