/**
 * Reading progress: which pages the reader has read through, and where they were last. Pages are
 * the same in both languages ("section:architecture"), so reading in either counts.
 *
 * What counts as read: the reader has scrolled to the end of the page's text (its last line has been
 * on screen) and the page has been open for at least MIN_SECONDS_ON_PAGE. Opening a page is not
 * reading it: a long page needs scrolling, and a short one needs those seconds.
 */
import type { ChapterEntry, Lang, Toc } from "../../shared/types";

export const MIN_SECONDS_ON_PAGE = 3;

export type PageKey = `chapter:${string}` | `section:${string}`;

/** One page's mark; `at` (ms since 1970) lets two tabs agree on the latest change. */
export interface ReadMark {
  read: boolean;
  at: number;
}

export type Progress = Record<string, ReadMark>;

/** The last place read: a page and the heading the reader had reached on it. */
export interface ResumePoint {
  lang: Lang;
  chapter: string;
  section: string | null;
  heading: string | null;
  at: number;
}

export function hasReadThrough(endSeen: boolean, secondsOnPage: number): boolean {
  return endSeen && secondsOnPage >= MIN_SECONDS_ON_PAGE;
}

/** The pages of a chapter that count towards progress: its sections, or the chapter page if it has none. */
export function chapterPages(chapter: ChapterEntry): PageKey[] {
  return chapter.sections.length > 0 ? chapter.sections.map((s) => `section:${s.id}` as const) : [`chapter:${chapter.id}`];
}

export interface Figure {
  read: number;
  total: number;
}

export function chapterFigure(chapter: ChapterEntry, progress: Progress): Figure {
  const pages = chapterPages(chapter);
  return { read: pages.filter((p) => progress[p]?.read).length, total: pages.length };
}

export function bookFigure(toc: Toc, progress: Progress): Figure {
  return toc.chapters.map((c) => chapterFigure(c, progress)).reduce((a, b) => ({ read: a.read + b.read, total: a.total + b.total }), { read: 0, total: 0 });
}
