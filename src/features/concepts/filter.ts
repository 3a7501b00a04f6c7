/** Concept filtering: a typed query matches titles (both languages), the short name and any alias. */
import type { ConceptSummary } from "../../shared/types";

/** Case, width and spacing don't matter: "rlhf", "ＲＬＨＦ" and "R L H F" are the same. */
export function normalise(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-_·・]+/g, "");
}

export function matchesConcept(concept: ConceptSummary, query: string): boolean {
  const q = normalise(query);
  if (!q) return true;
  return [concept.title, concept.otherTitle, concept.short ?? "", ...concept.aliases].some((name) => normalise(name).includes(q));
}
