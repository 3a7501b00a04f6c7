/**
 * The full-text tier: one language's exported FlexSearch index, loaded after the names tier
 * (searcher.ts). FlexSearch finds candidates (prefixes, Han bigrams, AND across terms) in its score
 * order (src/pipeline/search/score.ts); this module orders a query of several terms by its rarest.
 */
import { createSearchIndex, queryTerms } from "./encoder";
import { unpack, type PackedIndex } from "./pack";
import type { ParsedQuery } from "./query";
import type { BodyIndex } from "./searcher";

export function openBodyIndex(packed: PackedIndex, docCount: number): BodyIndex {
  const index = createSearchIndex("querying");
  const exported = unpack(packed);
  // `import` takes the export's parsed JSON as well as its string (FlexSearch's typings say string).
  for (const [key, value] of exported) index.import(key, value as string);
  const frequency = documentFrequency(exported);

  const lookup = (text: string): number[] => index.search(text, { limit: docCount }) as number[];

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

  return { candidates };
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
