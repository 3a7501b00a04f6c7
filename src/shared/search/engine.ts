/**
 * The search function both sides use: loads one language's exported index and answers queries.
 * FlexSearch finds candidates (prefixes, Han bigrams, AND across terms) in its score order;
 * rank.ts sorts them into tiers. Never throws on input: parseQuery accepts anything.
 */
import { createSearchIndex, queryTerms } from "./encoder";
import { unpack } from "./pack";
import { hasHan, type ParsedQuery, parseQuery } from "./query";
import { foldNames, matchNames, nameQuery, namesText, type Tier, TIERS, tierRank } from "./rank";
import { closeNames, type SuggestionName, suggestionNames } from "./suggest";
import type { SearchData, SearchDoc } from "./types";
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
  search(input: string): SearchResponse;
  /** Titles and aliases close to the input, for "no results" help. */
  suggest(input: string): string[];
}

const SECTION_NUMBER = /^\d+(\.\d+)*$/;

/** Few direct hits for a query that names a concept in the other language: also show its mentions. */
const FEW_HITS = 3;

export function createSearcher(data: SearchData): Searcher {
  const index = createSearchIndex("querying");
  const exported = unpack(data.index);
  // `import` takes the export's parsed JSON as well as its string (FlexSearch's typings say string).
  for (const [key, value] of exported) index.import(key, value as string);
  const frequency = documentFrequency(exported);
  const docs = data.docs;
  const names = docs.map(foldNames);
  const joinedNames = names.map(namesText);
  let forSuggestions: SuggestionName[] | null = null;

  const lookup = (text: string): number[] => index.search(text, { limit: docs.length }) as number[];

  /**
   * Documents holding every term (FlexSearch's AND), in the order of the query's rarest term: it
   * says most about what was asked ("the Pile" is about "pile"; 注意力头 about 力头, not the
   * 注意 / 意力 that every attention section has). FlexSearch itself would order by each
   * document's worst term.
   */
  const candidates = (query: ParsedQuery): number[] => {
    if (query.terms.length === 0) return [];
    const terms = queryTerms(query.text);
    if (terms.length < 2) return lookup(query.text);
    let rarest = terms[0]!;
    for (const term of terms) if ((frequency.get(term) ?? 0) < (frequency.get(rarest) ?? 0)) rarest = term;
    if (!frequency.has(rarest)) return [];
    const all = lookup(query.text);
    if (all.length < 2) return all;
    const found = new Set(all);
    return lookup(rarest).filter((id) => found.has(id));
  };

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
    // lists it as an alias); otherwise FlexSearch's order stands.
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
    lang: data.lang,
    docs,
    search,
    suggest: (input) => {
      forSuggestions ??= suggestionNames(names.flat());
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

/** How many documents hold each term, from the export (slots are disjoint). */
function documentFrequency(exported: [string, unknown][]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const [key, data] of exported) {
    if (key !== "map") continue;
    for (const [term, slots] of data as [string, (number[] | null)[]][]) {
      let count = 0;
      for (const ids of slots) count += ids?.length ?? 0;
      frequency.set(term, count);
    }
  }
  return frequency;
}
