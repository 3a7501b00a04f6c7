/** Where a record sits in the book: its chapter and page, its address, and its place in reading order. */
import { passageHash } from "./passage-link";
import { routes } from "../../shared/routes";
import type { ChapterEntry, ChapterId, SectionEntry, SectionId, Toc } from "../../shared/types";
import type { PageRef, StudyRecord } from "./model";

export interface Located {
  chapter: ChapterEntry;
  section: SectionEntry | null;
}

export function locate(toc: Toc, page: PageRef): Located | null {
  const [kind, id] = page.split(":") as ["chapter" | "section", string];
  for (const chapter of toc.chapters) {
    if (kind === "chapter" && chapter.id === id) return { chapter, section: null };
    const section = chapter.sections.find((s) => s.id === id);
    if (kind === "section" && section) return { chapter, section };
  }
  return null;
}

export function pageHref(lang: Toc["lang"], where: Located): string {
  return where.section
    ? routes.section(lang, where.chapter.id as ChapterId, where.section.id as SectionId)
    : routes.chapter(lang, where.chapter.id as ChapterId);
}

export function hrefOf(record: StudyRecord, toc: Toc, where: Located): string {
  const base = pageHref(record.type === "highlight" ? record.lang : toc.lang, where);
  return record.type === "highlight" ? base + passageHash(record.target) : `${base}#${record.heading}`;
}

export interface ChapterGroup {
  chapter: ChapterEntry | null;
  items: { record: StudyRecord; where: Located | null }[];
}

/** Records grouped by chapter in book order; records on pages the book no longer has come last. */
export function groupByChapter(records: readonly StudyRecord[], toc: Toc): ChapterGroup[] {
  const located = records.map((record) => ({ record, where: locate(toc, record.page) }));
  const groups: ChapterGroup[] = toc.chapters.map((chapter) => ({
    chapter,
    items: located.filter((x) => x.where?.chapter.id === chapter.id).sort((a, b) => orderKey(a) - orderKey(b) || tieBreak(a.record, b.record)),
  }));
  const lost = located.filter((x) => x.where === null);
  return [...groups.filter((g) => g.items.length > 0), ...(lost.length > 0 ? [{ chapter: null, items: lost }] : [])];
}

/** Page order, then the heading's order or the highlight's offset within the page. */
function orderKey({ record, where }: { record: StudyRecord; where: Located | null }): number {
  if (!where) return 0;
  const pageIndex = where.section ? where.chapter.sections.indexOf(where.section) + 1 : 0;
  // A page's bookmarks first, by heading order, then its highlights by place in the text.
  let within = 0;
  if (record.type === "highlight") within = 1000 + record.target.position.start;
  else if (where.section) within = where.section.subsections.findIndex((s) => s.id === record.heading) + 1;
  return pageIndex * 1e9 + within;
}

function tieBreak(a: StudyRecord, b: StudyRecord): number {
  return a.created.localeCompare(b.created);
}
