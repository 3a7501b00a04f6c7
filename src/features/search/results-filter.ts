/** The results page's filter: all results, concepts only, entries only, or one chapter — with counts. */
import type { SearchHit } from "../../shared/search/searcher";
import { isEntry, type SearchDoc } from "../../shared/search/types";

export type ResultFilter = "all" | "concepts" | "entries" | `${number}`;

/** Which non-chapter filter a document falls under; null for a chapter's own pages. */
function outsideChapters(doc: SearchDoc): "concepts" | "entries" | null {
  if (isEntry(doc.kind)) return "entries";
  return doc.chapter === null ? "concepts" : null;
}

export interface FilterOption {
  value: ResultFilter;
  count: number;
  chapter: number | null;
}

export function filterOptions(hits: readonly SearchHit[]): FilterOption[] {
  const chapters = new Map<number, number>();
  const outside = { concepts: 0, entries: 0 };
  for (const { doc } of hits) {
    const group = outsideChapters(doc);
    if (group) outside[group]++;
    else if (doc.chapter !== null) chapters.set(doc.chapter, (chapters.get(doc.chapter) ?? 0) + 1);
  }
  const options: FilterOption[] = [{ value: "all", count: hits.length, chapter: null }];
  if (outside.concepts > 0) options.push({ value: "concepts", count: outside.concepts, chapter: null });
  if (outside.entries > 0) options.push({ value: "entries", count: outside.entries, chapter: null });
  for (const [chapter, count] of [...chapters].sort((a, b) => a[0] - b[0])) options.push({ value: `${chapter}`, count, chapter });
  return options;
}

export function parseFilter(value: string | null): ResultFilter {
  if (value === "concepts" || value === "entries") return value;
  return value && /^\d+$/.test(value) ? (value as `${number}`) : "all";
}

export function applyFilter(hits: readonly SearchHit[], filter: ResultFilter): SearchHit[] {
  if (filter === "all") return [...hits];
  if (filter === "concepts" || filter === "entries") return hits.filter((h) => outsideChapters(h.doc) === filter);
  return hits.filter((h) => String(h.doc.chapter) === filter);
}
