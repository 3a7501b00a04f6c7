/**
 * The book → the places search can find, in index order: concept pages first (they rank ahead of
 * passing mentions when all else is equal), then chapters, sections and subsections in book order
 * (so remaining ties follow the book), then the catalogues' and the bibliography's entries (last:
 * an entry's name ranks it by rank.ts's tiers, and its short description should not outrank the
 * book's own text among mere mentions).
 */
import type { RootContent } from "mdast";
import { numbered } from "../../shared/reading-order";
import { routes } from "../../shared/routes";
import type { ChapterEntry, ConceptId, Lang, SectionEntry, SectionId } from "../../shared/types";
import type { Book } from "../book";
import type { ChapterDoc, ConceptDoc, SectionDoc } from "../documents";
import type { IndexedDoc } from "./build-index";
import { foldText } from "../../shared/search/query";
import { entryDocuments } from "./entry-documents";
import { distinctNames } from "./names";
import { leadIns, plainText } from "./plain-text";

const OTHER: Record<Lang, Lang> = { en: "zh", zh: "en" };

export function searchDocuments(book: Book, lang: Lang): IndexedDoc[] {
  const otherTitles = titlesById(book, OTHER[lang]);
  const entries = new Map(book.tocs[lang].chapters.map((c) => [c.id as string, c]));
  const docs: IndexedDoc[] = [];
  for (const concept of book.concepts[lang]) docs.push(conceptDoc(lang, concept, otherTitles));
  const shortNames = shortNamesByTitle(book.concepts[lang]);
  for (const chapter of book.chapters[lang]) {
    const entry = entries.get(chapter.meta.id);
    if (entry) docs.push(...chapterDocs(lang, chapter, entry, otherTitles).map((doc) => withShortName(doc, shortNames)));
  }
  docs.push(...entryDocuments(book, lang));
  return docs;
}

/** Concepts' short names (RLHF, ICL, RAG) by the concept's folded title. */
function shortNamesByTitle(concepts: readonly ConceptDoc[]): Map<string, string> {
  const shorts = new Map<string, string>();
  for (const { meta } of concepts) if (meta.short) shorts.set(foldText(meta.title), meta.short);
  return shorts;
}

/**
 * A section titled exactly like a concept ("5.2.3 Reinforcement Learning from Human Feedback") has
 * the concept's short name too: "RLHF" finds 5.2.3 as an exact match, ahead of sections whose
 * title merely contains the acronym ("Alignment without RLHF"). Only the short name: a concept's
 * other aliases name methods inside it, which a section with its title needn't answer to first.
 */
function withShortName(doc: IndexedDoc, shortNames: Map<string, string>): IndexedDoc {
  const short = shortNames.get(foldText(doc.title));
  return short ? { ...doc, names: distinctNames(doc.title, [...doc.names, short]) } : doc;
}

function conceptDoc(lang: Lang, concept: ConceptDoc, otherTitles: Map<string, string>): IndexedDoc {
  const { id, title, short, aliases, summary } = concept.meta;
  return {
    kind: "concept",
    key: `${lang}/concept/${id}`,
    title,
    number: null,
    chapter: null,
    trail: [],
    url: routes.concept(lang, id as ConceptId),
    names: distinctNames(title, [short, ...aliases, otherTitles.get(`concept:${id}`)]),
    text: joinText(summary, plainText(concept.body)),
    leads: leadIns(concept.body),
  };
}

function chapterDocs(lang: Lang, chapter: ChapterDoc, entry: ChapterEntry, otherTitles: Map<string, string>): IndexedDoc[] {
  const chapterLabel = `${entry.number} ${entry.title}`;
  const docs: IndexedDoc[] = [
    {
      kind: "chapter",
      key: `${lang}/chapter/${entry.id}`,
      title: entry.title,
      number: String(entry.number),
      chapter: entry.number,
      trail: [],
      url: routes.chapter(lang, entry.id),
      names: distinctNames(entry.title, [otherTitles.get(`chapter:${entry.id}`)]),
      text: joinText(entry.summary, plainText(chapter.opening)),
      leads: leadIns(chapter.opening),
    },
  ];
  chapter.sections.forEach((section, i) => {
    const sectionEntry = entry.sections[i];
    if (sectionEntry?.id === section.heading.id) docs.push(...sectionDocs(lang, entry, chapterLabel, section, sectionEntry, otherTitles));
  });
  return docs;
}

/** A ## section is one document for its opening text, plus one per ### subsection. */
function sectionDocs(
  lang: Lang,
  chapter: ChapterEntry,
  chapterLabel: string,
  section: SectionDoc,
  entry: SectionEntry,
  otherTitles: Map<string, string>,
): IndexedDoc[] {
  const pageKey = `${lang}/section/${entry.id}`;
  const url = routes.section(lang, chapter.id, entry.id);
  const parts = splitAtSubsections(section);
  const docs: IndexedDoc[] = [
    {
      kind: "section",
      key: pageKey,
      title: entry.title,
      number: entry.number,
      chapter: chapter.number,
      trail: [chapterLabel],
      url,
      names: distinctNames(entry.title, [otherTitles.get(`section:${entry.id}`)]),
      text: plainText(parts.opening),
      leads: leadIns(parts.opening),
    },
  ];
  const sectionLabel = numbered(entry.number, entry.title);
  entry.subsections.forEach((sub, i) => {
    docs.push({
      kind: "section",
      key: `${pageKey}#${sub.id}`,
      title: sub.title,
      number: sub.number,
      chapter: chapter.number,
      trail: [chapterLabel, sectionLabel],
      url: `${url}#${sub.id}`,
      names: distinctNames(sub.title, [otherTitles.get(`section:${sub.id}`)]),
      text: plainText(parts.subsections[i] ?? []),
      leads: leadIns(parts.subsections[i] ?? []),
    });
  });
  return docs;
}

function splitAtSubsections(section: SectionDoc): { opening: RootContent[]; subsections: RootContent[][] } {
  const starts = new Set<RootContent>(section.subsections.map((s) => s.node));
  const opening: RootContent[] = [];
  const subsections: RootContent[][] = [];
  for (const node of section.nodes) {
    if (starts.has(node)) subsections.push([]);
    else (subsections.at(-1) ?? opening).push(node);
  }
  return { opening, subsections };
}

/** Titles of the other language's edition by id: a reader may type either language's name. */
function titlesById(book: Book, lang: Lang): Map<string, string> {
  const titles = new Map<string, string>();
  for (const concept of book.concepts[lang]) titles.set(`concept:${concept.meta.id}`, concept.meta.title);
  for (const chapter of book.tocs[lang].chapters) {
    titles.set(`chapter:${chapter.id}`, chapter.title);
    for (const section of chapter.sections) {
      titles.set(`section:${section.id as SectionId}`, section.title);
      for (const sub of section.subsections) titles.set(`section:${sub.id}`, sub.title);
    }
  }
  return titles;
}

function joinText(...parts: string[]): string {
  return parts.filter(Boolean).join("\n");
}
