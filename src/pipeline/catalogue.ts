/**
 * Stage 10b: what the catalogues and the cards show for papers, models, datasets and benchmarks,
 * in one language. Facts are formatted here once, so a card and a catalogue row say the same.
 */
import { paperByline } from "../shared/paper-byline";
import { RESOURCE_TEXT } from "../shared/resource-text";
import { routes } from "../shared/routes";
import type { EntityEntry, EntityFact, Lang, PaperEntry, Preview } from "../shared/types";
import { paperRef } from "./citations";
import type { Mention } from "./discussed-in";
import type { EntityRecord } from "./entities";
import type { Reference } from "./references";

export function entityEntry(lang: Lang, record: EntityRecord, references: Map<string, Reference>, discussedIn: Mention[]): EntityEntry {
  const t = RESOURCE_TEXT[lang];
  const text = record.text[lang];
  const facts: Partial<Record<EntityFact, string>> = { ...text.facts };
  if (record.released) facts.released = record.released;
  if (record.paramsB !== null) facts.params = `${record.paramsB}B`;
  if (record.access) facts.access = t.access[record.access] ?? record.access;
  if (record.tokens) facts.tokens = record.tokens;
  if (record.datasetKind) facts.datasetKind = t.datasetKind[record.datasetKind] ?? record.datasetKind;
  const paper = record.paper ? references.get(record.paper) : undefined;
  return {
    id: record.id,
    kind: record.kind,
    name: text.name,
    description: text.description,
    aliases: record.aliases,
    facts,
    released: record.released,
    paramsB: record.paramsB,
    paper: paper ? paperRef(paper) : null,
    discussedIn,
  };
}

/** The card of a model, dataset or benchmark: its name, key facts and description. */
export function entityPreview(lang: Lang, entry: EntityEntry): Preview {
  const order: EntityFact[] = ["organisation", "released", "params", "access", "datasetKind", "size", "language", "measures", "tasks", "metric"];
  return {
    title: entry.name,
    number: null,
    subtitle: order.map((f) => entry.facts[f]).filter(Boolean).slice(0, 4).join(" · "),
    opening: entry.description,
    href: routes.catalogue(lang, entry.kind, entry.id),
  };
}

/** The card of a paper: title, authors, venue and year; where it is cited; links out and to the bibliography. */
export function paperPreview(lang: Lang, paper: PaperEntry): Preview {
  return {
    title: paper.title,
    number: null,
    subtitle: paperByline(paper),
    opening: "",
    href: routes.papers(lang, paper.id),
    external: paper.url,
    citedIn: paper.citedIn.length,
  };
}
