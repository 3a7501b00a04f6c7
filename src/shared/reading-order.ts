/** Pure helpers over a navigation tree: lookups, reading order, the route of each stop. */
import { routes } from "./routes";
import type { ChapterEntry, SectionEntry, Toc } from "./types";

export interface Stop {
  chapter: ChapterEntry;
  section: SectionEntry | null;
  href: string;
  /** "4.1 Data Collection and Preparation", or "4 Pre-training" for a chapter. */
  label: string;
}

export function readingOrder(toc: Toc): Stop[] {
  return toc.chapters.flatMap((chapter) => [
    { chapter, section: null, href: routes.chapter(toc.lang, chapter.id), label: `${chapter.number} ${chapter.title}` },
    ...chapter.sections.map((section) => ({
      chapter,
      section,
      href: routes.section(toc.lang, chapter.id, section.id),
      label: numbered(section.number, section.title),
    })),
  ]);
}

export function numbered(number: string | number | null, title: string): string {
  return number === null ? title : `${number} ${title}`;
}

/** The stops before and after a page, for previous / next links. */
export function neighbours(toc: Toc, chapterId: string, sectionId: string | null): { prev: Stop | null; next: Stop | null } {
  const order = readingOrder(toc);
  const i = order.findIndex((s) => s.chapter.id === chapterId && (s.section?.id ?? null) === sectionId);
  if (i < 0) return { prev: null, next: null };
  return { prev: order[i - 1] ?? null, next: order[i + 1] ?? null };
}

export function findChapter(toc: Toc, chapterId: string): ChapterEntry | undefined {
  return toc.chapters.find((c) => c.id === chapterId);
}

export function findSection(chapter: ChapterEntry, sectionId: string): SectionEntry | undefined {
  return chapter.sections.find((s) => s.id === sectionId);
}
