/** Stage 11: the concept list for the index, the map and filters (both languages' titles). */
import type { ConceptId, ConceptSummary, Lang } from "../shared/types";
import type { ConceptDoc } from "./documents";

export function conceptSummaries(lang: Lang, concepts: Record<Lang, ConceptDoc[]>): ConceptSummary[] {
  const other = concepts[lang === "en" ? "zh" : "en"];
  return concepts[lang].map((c) => ({
    id: c.meta.id as ConceptId,
    title: c.meta.title,
    otherTitle: other.find((o) => o.meta.id === c.meta.id)?.meta.title ?? c.meta.title,
    short: c.meta.short ?? null,
    aliases: c.meta.aliases,
    related: c.meta.related as ConceptId[],
    theme: c.meta.theme,
    summary: c.meta.summary,
  }));
}
