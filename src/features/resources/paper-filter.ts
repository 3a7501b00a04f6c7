/** Filtering and sorting the bibliography: pure, so the page and the tests agree. */
import type { PaperEntry } from "../../shared/types";

export interface PaperQuery {
  text: string;
  /** Inclusive year range; null = open. */
  from: number | null;
  to: number | null;
  /** A chapter number: only papers cited in that chapter. */
  chapter: number | null;
  sort: "year-desc" | "year-asc" | "cited";
}

export const ALL: PaperQuery = { text: "", from: null, to: null, chapter: null, sort: "cited" };

export function filterPapers(papers: PaperEntry[], q: PaperQuery): PaperEntry[] {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = papers.filter((p) => {
    const haystack = `${p.title} ${p.authors ?? ""} ${p.venue ?? ""} ${p.id} ${p.year ?? ""}`.toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
    if (q.from !== null && (p.year === null || p.year < q.from)) return false;
    if (q.to !== null && (p.year === null || p.year > q.to)) return false;
    if (q.chapter !== null && !p.citedIn.some((c) => c.chapter?.number === q.chapter)) return false;
    return true;
  });
  const year = (p: PaperEntry) => p.year ?? 0;
  const order: Record<PaperQuery["sort"], (a: PaperEntry, b: PaperEntry) => number> = {
    "year-desc": (a, b) => year(b) - year(a),
    "year-asc": (a, b) => year(a) - year(b),
    cited: (a, b) => b.citedIn.length - a.citedIn.length,
  };
  // Array.prototype.sort is stable: ties keep the bibliography's own order.
  return [...shown].sort(order[q.sort]);
}
