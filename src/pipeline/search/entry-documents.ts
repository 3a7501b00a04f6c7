/**
 * The bibliography's papers and the catalogues' models, datasets and benchmarks as search
 * documents. They are found by name like concepts (the entry's name, its aliases, its name in the
 * other edition), so "Alpaca" opens the Alpaca entry rather than a page that mentions it.
 *
 * Every document's names go in the names tier the browser loads first, so an entry carries only
 * what a name search needs: its name, aliases and place. Its facts (description, organisation,
 * authors, venue, year) are its text: searched by the full-text index and quoted in snippets,
 * both of which load later.
 */
import { routes } from "../../shared/routes";
import { ENTITY_KINDS, type EntityEntry, type Lang, type PaperEntry } from "../../shared/types";
import type { Book } from "../book";
import type { IndexedDoc } from "./build-index";
import { distinctNames } from "./names";

const OTHER: Record<Lang, Lang> = { en: "zh", zh: "en" };

/** Catalogue entries first (what a name most often means), then papers, each in its list's order. */
export function entryDocuments(book: Book, lang: Lang): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  for (const kind of ENTITY_KINDS) {
    const otherNames = new Map(book.entities[OTHER[lang]][kind].map((e) => [e.id, e.name]));
    for (const entity of book.entities[lang][kind]) docs.push(entityDoc(lang, entity, otherNames.get(entity.id)));
  }
  for (const paper of book.papers[lang]) docs.push(paperDoc(lang, paper));
  return docs;
}

function entityDoc(lang: Lang, entity: EntityEntry, otherName: string | undefined): IndexedDoc {
  // A fact the description already states ("A 175B decoder-only model", params "175B") is left
  // out: said twice, it would rank this short entry above the book's pages that use the term.
  const facts = Object.values(entity.facts).filter((fact): fact is string => Boolean(fact) && !entity.description.includes(fact!));
  return {
    ...entry(entity.kind, `${lang}/${pageSegment(routes.catalogue(lang, entity.kind))}#${entity.id}`, routes.catalogue(lang, entity.kind, entity.id)),
    title: entity.name,
    names: distinctNames(entity.name, [...entity.aliases, otherName]),
    text: [entity.description, ...facts].join("\n"),
  };
}

function paperDoc(lang: Lang, paper: PaperEntry): IndexedDoc {
  const facts = [paper.authors, paper.venue, paper.year === null ? null : String(paper.year)];
  return {
    ...entry("paper", `${lang}/${pageSegment(routes.papers(lang))}#${paper.id}`, routes.papers(lang, paper.id)),
    title: paper.title,
    names: shortName(paper.title),
    text: facts.filter((fact): fact is string => Boolean(fact)).join("\n"),
  };
}

function entry(kind: IndexedDoc["kind"], key: string, url: string): Omit<IndexedDoc, "title" | "names" | "text"> {
  return { kind, key, url, number: null, chapter: null, trail: [], leads: [] };
}

/** "/en/models/" → "models": an entry's page key is its list page, so one text module serves the list. */
function pageSegment(listUrl: string): string {
  return listUrl.split("/").filter(Boolean).at(-1) ?? "";
}

/**
 * "LLaMA: Open and Efficient Foundation Language Models" → ["LLaMA"]: the name a reader types
 * for the paper, as an alias. Only a short head (a name, not a clause before a colon).
 */
function shortName(title: string): string[] {
  const colon = title.indexOf(":");
  const head = colon > 0 ? title.slice(0, colon).trim() : "";
  return head && head.split(/\s+/).length <= SHORT_NAME_WORDS ? [head] : [];
}

const SHORT_NAME_WORDS = 4;
