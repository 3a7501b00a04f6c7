/**
 * The palette's grouping: concepts, entries (papers, models, datasets, benchmarks) and sections
 * (chapters included), each capped, best group first.
 */
import type { SearchHit } from "../../shared/search/searcher";
import type { Tier } from "../../shared/search/rank";
import { isEntry } from "../../shared/search/types";

export type PaletteGroupKind = "concepts" | "entries" | "sections";

export interface PaletteGroup {
  kind: PaletteGroupKind;
  hits: SearchHit[];
}

export interface PaletteGroups {
  /** Non-empty groups, in the order shown: the group holding the best-ranked hit first. */
  groups: PaletteGroup[];
  /** The groups' hits in the order shown: the order ↑/↓ move through. */
  flat: SearchHit[];
  /** Position in `flat` of the best-ranked hit, the one Enter opens before the reader moves. */
  best: number;
}

/**
 * Concepts whose name matches, up to `named`; concepts that only mention the query fill the group
 * up to `mentioning`, so a title match among the sections stays on screen.
 */
export const PALETTE_LIMITS = { named: 5, mentioning: 3, sections: 10, entries: 5 };

const NAMED: readonly Tier[] = ["exact", "prefix", "words"];

/**
 * Concepts come first when one is named by the query. A concept that merely mentions the query
 * never stands above a section: when a section's title matches, such concepts are left to the
 * results page; when no concept is named, the sections' group leads ("ChatGPT" opens with the
 * section that introduces it, not a concept that names it in passing).
 */
export function paletteGroups(hits: readonly SearchHit[]): PaletteGroups {
  const first = hits[0];
  const allConcepts = hits.filter((h) => h.doc.kind === "concept");
  const sections = hits.filter((h) => h.doc.kind !== "concept" && !isEntry(h.doc.kind)).slice(0, PALETTE_LIMITS.sections);
  // Entries by name only: one whose description merely mentions the query is left to the results page.
  const entries: PaletteGroup = { kind: "entries", hits: hits.filter((h) => isEntry(h.doc.kind) && NAMED.includes(h.tier)).slice(0, PALETTE_LIMITS.entries) };
  const named = allConcepts.filter((h) => NAMED.includes(h.tier)).slice(0, PALETTE_LIMITS.named);
  const sectionNamed = sections.some((h) => NAMED.includes(h.tier));
  const mentioning = named.length > 0 && sectionNamed ? [] : allConcepts.filter((h) => !named.includes(h)).slice(0, Math.max(0, PALETTE_LIMITS.mentioning - named.length));
  const concepts: PaletteGroup = { kind: "concepts", hits: [...named, ...mentioning] };
  const sectionGroup: PaletteGroup = { kind: "sections", hits: sections };
  const ordered = named.length > 0 || sections.length === 0 ? [concepts, sectionGroup] : [sectionGroup, concepts];
  // The entries lead when the best hit is one ("Alpaca" → the Alpaca entry), else follow the first group.
  ordered.splice(first && isEntry(first.doc.kind) ? 0 : 1, 0, entries);
  const groups = ordered.filter((g) => g.hits.length > 0);
  const flat = groups.flatMap((g) => g.hits);
  return { groups, flat, best: first ? Math.max(0, flat.indexOf(first)) : 0 };
}
