/**
 * The search function both sides use, in two tiers:
 *   names  titles, aliases and section numbers, from the document store alone — no index and no
 *          FlexSearch, so the first results ("scaling law" → Scaling Laws) paint after a small
 *          download;
 *   body   the full text, once a `BodyIndex` (body-index.ts, with FlexSearch) is given.
 * rank.ts sorts the candidates into tiers; a title match ranks the same in both, so results found
 * by names keep their places when the body tier arrives. Never throws on input.
 */
import { hasHan, type ParsedQuery, parseQuery } from "./query";
import { type FoldedName, foldNames, matchNames, nameQuery, namesText, type Tier, TIERS, tierRank } from "./rank";
import { closeNames, type SuggestionName, suggestionNames } from "./suggest";
import type { SearchDoc, SearchStore } from "./types";
import type { Lang } from "../types";

export interface SearchHit {
  /** The document's position in the store (its id in the index). */
  id: number;
  doc: SearchDoc;
  tier: Tier;
  /** The alias that matched, when it wasn't the title. */
  name: string | null;
}

export interface SearchResponse {
  query: ParsedQuery;
  hits: SearchHit[];
}

export interface Searcher {
  lang: Lang;
  docs: readonly SearchDoc[];
  /** False while only titles and names are searched (the body tier is still loading). */
  complete: boolean;
  search(input: string): SearchResponse;
  /** Titles and aliases close to the input, for "no results" help. */
  suggest(input: string): string[];
}

/** The full-text tier: ids of the documents holding every term of the query, best first. */
export interface BodyIndex {
  candidates(query: ParsedQuery): number[];
}

const SECTION_NUMBER = /^\d+(\.\d+)*$/;

/** Few direct hits for a query that names a concept in the other language: also show its mentions. */
const FEW_HITS = 3;

export function createSearcher(store: SearchStore, body: BodyIndex | null): Searcher {
  const docs = store.docs;
  const names = docs.map(foldNames);
  const joinedNames = names.map(namesText);
  let forSuggestions: SuggestionName[] | null = null;

  /** Without the body tier: documents whose title or a name matches, in store order (concepts, then the book's). */
  const byName = (query: ParsedQuery): number[] => {
    if (query.terms.length === 0) return [];
    const prepared = nameQuery(query);
    const ids: number[] = [];
    docs.forEach((doc, id) => {
      if (matchNames(doc, names[id] ?? [], joinedNames[id] ?? "", prepared).tier !== "body") ids.push(id);
    });
    return ids;
  };

  const candidates = (query: ParsedQuery): number[] => (body ? body.candidates(query) : byName(query));

  const rank = (query: ParsedQuery, ids: number[]): SearchHit[] => {
    const prepared = nameQuery(query);
    const hits: SearchHit[] = [];
    const keys: number[] = [];
    for (const id of ids) {
      const doc = docs[id];
      if (!doc) continue;
      const { tier, name } = matchNames(doc, names[id] ?? [], joinedNames[id] ?? "", prepared);
      keys.push(tierRank(tier) * 2 + (name === null ? 0 : 1));
      hits.push({ id, doc, tier, name });
    }
    // Within a tier a title outranks an alias ("prompting": 6.1 Prompting, then the concept that
    // lists it as an alias); otherwise the candidates' order stands.
    return stableSortByKey(hits, keys, TIERS.length * 2);
  };

  /** "4.1.2" is a section number: that section first, then whatever mentions the digits. */
  const byNumber = (query: ParsedQuery): number[] =>
    SECTION_NUMBER.test(query.text) ? docs.flatMap((doc, id) => (doc.number === query.text ? [id] : [])) : [];

  const search = (input: string): SearchResponse => {
    const query = parseQuery(input);
    const numbered = byNumber(query);
    const found = candidates(query);
    const ids = numbered.length === 0 ? found : [...numbered, ...found.filter((id) => !numbered.includes(id))];
    return { query, hits: withRelated(query, rank(query, ids)) };
  };

  /**
   * "检索增强" in the English edition is an alias of RAG, but English sections never contain it.
   * When a query names a concept in another script and finds little else, add what the concept's
   * own title finds, after the direct hits.
   */
  const withRelated = (query: ParsedQuery, hits: SearchHit[]): SearchHit[] => {
    const named = hits.find((h) => h.doc.kind === "concept" && h.name !== null && tierRank(h.tier) <= tierRank("prefix"));
    if (!named || hits.length > FEW_HITS || hasHan(query.text) === hasHan(named.doc.title)) return hits;
    const seen = new Set(hits.map((h) => h.id));
    const title = parseQuery(named.doc.title);
    const related = rank(title, candidates(title))
      .filter((hit) => !seen.has(hit.id))
      .map((hit): SearchHit => ({ ...hit, tier: "related", name: null }));
    return [...hits, ...related];
  };

  return {
    lang: store.lang,
    docs,
    complete: body !== null,
    search,
    suggest: (input) => {
      forSuggestions ??= suggestionNames(names.flat() as FoldedName[]);
      return closeNames(parseQuery(input).folded, forSuggestions);
    },
  };
}

/** Counting sort: keys are small integers, and a comparator sort cost more than the search itself. */
function stableSortByKey<T>(items: readonly T[], keys: readonly number[], keyCount: number): T[] {
  const starts = new Array<number>(keyCount + 1).fill(0);
  for (const key of keys) starts[key + 1]!++;
  for (let k = 1; k <= keyCount; k++) starts[k]! += starts[k - 1]!;
  const sorted = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) sorted[starts[keys[i]!]!++] = items[i]!;
  return sorted;
}
