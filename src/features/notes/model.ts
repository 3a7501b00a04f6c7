/**
 * The reader's study records: highlights (with an optional Markdown note) and bookmarks. Plain data,
 * stored one record per IndexedDB key and exported as is. Selectors follow the W3C Web Annotation
 * model (TextQuoteSelector + TextPositionSelector), as Hypothesis stores them.
 */
import type { Lang } from "../../shared/types";

/** A page of the book, the same in both languages: "section:architecture", "chapter:pre-training". */
export type PageRef = `chapter:${string}` | `section:${string}`;

export const COLORS = ["yellow", "green", "blue", "pink"] as const;
export type HighlightColor = (typeof COLORS)[number];

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** Where a highlight sits: its quote with context, and where it was (a hint when the text moves). */
export interface TextTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

interface RecordBase {
  id: string;
  page: PageRef;
  /** ISO 8601 times; `updated` decides which copy wins when two differ. */
  created: string;
  updated: string;
}

export interface Highlight extends RecordBase {
  type: "highlight";
  /** Highlights belong to the text of one language. */
  lang: Lang;
  target: TextTarget;
  color: HighlightColor;
  /** Markdown; empty when the highlight has no note. */
  note: string;
  /** Set when the quote could no longer be found in the page's text; the record is kept. */
  orphaned?: boolean;
}

export interface Bookmark extends RecordBase {
  type: "bookmark";
  /** The language it was made in (its title's language); heading ids are the same in both. */
  lang: Lang;
  /** The heading's anchor id. */
  heading: string;
  title: string;
}

export type StudyRecord = Highlight | Bookmark;

export function pageRef(kind: "chapter" | "section", id: string): PageRef {
  return `${kind}:${id}`;
}

/** A bookmark's id is its place, so the same heading is never bookmarked twice (across tabs, imports). */
export function bookmarkId(page: PageRef, heading: string): string {
  return `bookmark:${page}#${heading}`;
}

export function newId(): string {
  return `highlight:${crypto.randomUUID()}`;
}
