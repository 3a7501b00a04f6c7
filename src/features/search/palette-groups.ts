/** The palette's grouping: concepts, then sections (chapters included), each capped. */
import type { SearchHit } from "../../shared/search/engine";

export interface PaletteGroups {
  concepts: SearchHit[];
  sections: SearchHit[];
  /** Concepts then sections: the order ↑/↓ move through. */
  flat: SearchHit[];
  /** Position in `flat` of the best-ranked hit, the one Enter opens before the reader moves. */
  best: number;
}

/**
 * Concepts whose name matches, up to `named`; concepts that only mention the query fill the group
 * up to `mentioning`, so a title match among the sections stays on screen.
 */
export const PALETTE_LIMITS = { named: 5, mentioning: 3, sections: 10 };

export function paletteGroups(hits: readonly SearchHit[]): PaletteGroups {
  const allConcepts = hits.filter((h) => h.doc.kind === "concept");
  const named = allConcepts.filter((h) => h.tier === "exact" || h.tier === "prefix" || h.tier === "words").slice(0, PALETTE_LIMITS.named);
  const mentioning = allConcepts.filter((h) => !named.includes(h)).slice(0, Math.max(0, PALETTE_LIMITS.mentioning - named.length));
  const concepts = [...named, ...mentioning];
  const sections = hits.filter((h) => h.doc.kind !== "concept").slice(0, PALETTE_LIMITS.sections);
  const flat = [...concepts, ...sections];
  const first = hits[0];
  return { concepts, sections, flat, best: first ? Math.max(0, flat.indexOf(first)) : 0 };
}
