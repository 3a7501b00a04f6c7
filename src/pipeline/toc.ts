/** Stage 6: the navigation tree with the survey's numbering, computed from the order of headings. */
import type { ChapterEntry, ChapterId, Lang, SectionEntry, SectionId, Toc } from "../shared/types";
import type { ChapterDoc } from "./documents";

export function buildToc(lang: Lang, chapters: ChapterDoc[]): Toc {
  return { lang, chapters: chapters.map(chapterEntry) };
}

function chapterEntry(chapter: ChapterDoc): ChapterEntry {
  let sectionCount = 0;
  const sections = chapter.sections.map((section): SectionEntry => {
    const number = section.heading.unnumbered ? null : `${chapter.meta.number}.${++sectionCount}`;
    let subCount = 0;
    return {
      id: section.heading.id as SectionId,
      number,
      title: section.heading.title,
      subsections: section.subsections.map((sub) => ({
        id: sub.id as SectionId,
        // Under an unnumbered section there is nothing to number from.
        number: sub.unnumbered || !number ? null : `${number}.${++subCount}`,
        title: sub.title,
      })),
    };
  });
  return {
    id: chapter.meta.id as ChapterId,
    number: chapter.meta.number,
    title: chapter.meta.title,
    summary: chapter.meta.summary,
    sections,
  };
}

/** Where a section id lives: its chapter, and the ## page that holds it (itself, or its parent). */
export interface SectionPlace {
  chapter: ChapterEntry;
  page: SectionEntry | null;
  number: string | null;
  title: string;
  /** The anchor on the page, for ### headings. */
  anchor: SectionId | null;
}

export function indexSections(toc: Toc): Map<string, SectionPlace> {
  const index = new Map<string, SectionPlace>();
  for (const chapter of toc.chapters) {
    index.set(chapter.id, { chapter, page: null, number: String(chapter.number), title: chapter.title, anchor: null });
    for (const section of chapter.sections) {
      index.set(section.id, { chapter, page: section, number: section.number, title: section.title, anchor: null });
      for (const sub of section.subsections) {
        index.set(sub.id, { chapter, page: section, number: sub.number, title: sub.title, anchor: sub.id });
      }
    }
  }
  return index;
}
