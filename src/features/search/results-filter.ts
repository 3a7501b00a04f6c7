/** The results page's filter: all results, concepts only, or one chapter — with counts. */
import type { SearchHit } from "../../shared/search/searcher";

export type ResultFilter = "all" | "concepts" | `${number}`;

export interface FilterOption {
  value: ResultFilter;
  count: number;
  chapter: number | null;
}

export function filterOptions(hits: readonly SearchHit[]): FilterOption[] {
  const chapters = new Map<number, number>();
  let concepts = 0;
  for (const { doc } of hits) {
    if (doc.chapter === null) concepts++;
    else chapters.set(doc.chapter, (chapters.get(doc.chapter) ?? 0) + 1);
  }
  const options: FilterOption[] = [{ value: "all", count: hits.length, chapter: null }];
  if (concepts > 0) options.push({ value: "concepts", count: concepts, chapter: null });
  for (const [chapter, count] of [...chapters].sort((a, b) => a[0] - b[0])) options.push({ value: `${chapter}`, count, chapter });
  return options;
}

export function parseFilter(value: string | null): ResultFilter {
  if (value === "concepts") return value;
  return value && /^\d+$/.test(value) ? (value as `${number}`) : "all";
}

export function applyFilter(hits: readonly SearchHit[], filter: ResultFilter): SearchHit[] {
  if (filter === "all") return [...hits];
  if (filter === "concepts") return hits.filter((h) => h.doc.chapter === null);
  return hits.filter((h) => String(h.doc.chapter) === filter);
}
