/**
 * Which score slot a term of a document goes in (0 is listed first). FlexSearch's own score is
 * the term's position, which says little about what a section is about. Ours:
 *   0  the term is in the title or a name (alias, short name, other-language title);
 *   1  the document uses the term about as often as the one that uses it most (≥ 3/4 of that);
 *   2  the document discusses the term (at least twice and half as often as the most);
 *   3  a passing mention.
 * Within a slot FlexSearch keeps insertion order — documents.ts's: concepts first (ahead of
 * passing mentions), then the book's order. A query of several terms is ordered by its rarest
 * term's slots (engine.ts), the one that says most about what was asked.
 */
export interface TermStats {
  /** Most occurrences of the term in one document. */
  maxCount: number;
}

export interface DocTerms {
  head: Set<string>;
  counts: Map<string, number>;
}

export type Corpus = Map<string, TermStats>;

export function termSlot(doc: DocTerms, corpus: Corpus, term: string): number {
  if (doc.head.has(term)) return 0;
  const maxCount = corpus.get(term)?.maxCount ?? 0;
  const count = doc.counts.get(term) ?? 0;
  if (count * 4 >= maxCount * 3) return 1;
  if (count >= 2 && count * 2 >= maxCount) return 2;
  return 3;
}

export function docTerms(headTerms: string[], allTerms: string[]): DocTerms {
  const counts = new Map<string, number>();
  for (const term of allTerms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { head: new Set(headTerms), counts };
}

export function corpusStats(docs: DocTerms[]): Corpus {
  const corpus: Corpus = new Map();
  for (const doc of docs) {
    for (const [term, count] of doc.counts) {
      const stats = corpus.get(term);
      if (stats) stats.maxCount = Math.max(stats.maxCount, count);
      else corpus.set(term, { maxCount: count });
    }
  }
  return corpus;
}
