/**
 * The one FlexSearch configuration, used to build the index (Node, at build time) and to load and
 * query it (browser). FlexSearch exports data, not configuration or functions, so both sides must
 * create the index from this module or the exported terms won't match the query's.
 *
 * Prefix search ("retriev" finds retrieval) is done by indexing the prefixes of Latin words
 * ("for indexing" mode) and looking query words up as typed. FlexSearch's own `tokenize: "forward"`
 * would also index a prefix of every Chinese bigram, making the Chinese index ~20 % larger for
 * nothing (bigrams already match inside words).
 */
import { Encoder, Index, type IndexOptions } from "flexsearch";
import { splitHanRuns } from "./han";
import { singular } from "./query";

/**
 * Score slots per term (0 is listed first): title and names, then the documents that discuss the
 * term most, then those that discuss it, then passing mentions (src/pipeline/search/score.ts).
 */
export const RESOLUTION = 4;

/** Prefixes from this length on: one letter finds everything and nothing useful. */
const MIN_PREFIX = 2;
/** Prefixes up to this length: a longer query word is a whole word, not a prefix being typed. */
const MAX_PREFIX = 20;
const LATIN_WORD = /^[a-z0-9]+$/;

export type EncoderMode = "indexing" | "querying";

function withPrefixes(terms: string[]): string[] {
  const out: string[] = [];
  for (const raw of terms) {
    const term = singular(raw);
    if (LATIN_WORD.test(term)) {
      for (let n = MIN_PREFIX; n < Math.min(term.length, MAX_PREFIX + 1); n++) out.push(term.slice(0, n));
    }
    out.push(term);
  }
  return out;
}

function createEncoder(mode: EncoderMode): Encoder {
  return new Encoder({
    // Lower case and no accents (FlexSearch's default normalisation), then Han bigrams.
    normalize: true,
    prepare: (text) => splitHanRuns(text, mode === "indexing"),
    // Letters and digits stay together ("175b", "gpt4"): with prefixes "175" still finds 175B.
    numeric: false,
    // Letter de-duplication made "bill" match "bilingual"; precision matters more here.
    dedupe: false,
    finalize: mode === "indexing" ? withPrefixes : (terms) => terms.map(singular),
    // Results must not depend on what was queried before (and the benchmark must not time a cache).
    cache: false,
  });
}

/** `score` is only used while adding documents (the build); the browser only imports and queries. */
export function createSearchIndex(mode: EncoderMode, score?: IndexOptions["score"]): Index {
  return new Index({
    tokenize: "strict",
    resolution: RESOLUTION,
    encoder: createEncoder(mode),
    ...(score ? { score } : {}),
  });
}

const encoders: Partial<Record<EncoderMode, Encoder>> = {};

/** Terms as the index sees them (with repeats), for the build to count term frequencies. */
export function indexedTerms(text: string): string[] {
  encoders.indexing ??= createEncoder("indexing");
  // Without its second argument FlexSearch keeps repeats (only the index itself de-duplicates).
  return encoders.indexing.encode(text);
}

/** Terms FlexSearch looks up for a query, each once. */
export function queryTerms(text: string): string[] {
  encoders.querying ??= createEncoder("querying");
  return [...new Set(encoders.querying.encode(text))];
}
