/** What the build hands the browser for search: one `SearchData` per language. */
import type { Lang } from "../types";
import type { PackedIndex } from "./pack";

/**
 * Entries of the bibliography and the catalogues: found by their names like concepts, listed apart
 * from the book's own pages (the palette's and the results page's "Papers & resources").
 */
export const ENTRY_KINDS = ["paper", "model", "dataset", "benchmark"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type SearchDocKind = "concept" | "chapter" | "section" | EntryKind;

export function isEntry(kind: SearchDocKind): kind is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(kind);
}

/** One searchable place: a concept page, a chapter's opening, a ## / ### section, or an entry. */
export interface SearchDoc {
  kind: SearchDocKind;
  /**
   * Where it lives: a page key (`en/section/data-collection`), plus `#anchor` for a ### heading
   * (`en/section/data-collection#data-source`); an entry is its list page plus its id
   * (`en/models#gpt-4`, `en/papers#raffel2019exploring`). Unique per language; the quality set
   * refers to it.
   */
  key: string;
  title: string;
  /** "4.1.2" for a numbered section, "4" for a chapter, null for concepts, entries and unnumbered headings. */
  number: string | null;
  /** Chapter number, for the results page's filter; null for concepts and entries. */
  chapter: number | null;
  /** Labels from the chapter down to the parent, e.g. ["4 Pre-training", "4.1 Data Collection…"]. */
  trail: string[];
  /** Route to open, with `#anchor` for a ### heading. */
  url: string;
  /** Other names that count as a title match: aliases, short name, the title in the other language. */
  names: string[];
}

/**
 * The names tier: the document store, which is all a title, alias or number search needs. The
 * browser loads it first; the body index follows (see `SearchData`).
 */
export interface SearchStore {
  lang: Lang;
  /** A document's position is its id in the index. */
  docs: SearchDoc[];
}

/**
 * The store and the full-text index, without the documents' text: the text is as large as the
 * Markdown itself, so snippets load it per page, for the results on screen (see `SearchTexts`).
 */
export interface SearchData extends SearchStore {
  index: PackedIndex;
}

/** Plain text (no math, no link targets) of the documents of one page, by document key. */
export type PageTexts = Record<string, string>;

/** Loaders of each page's texts, by page key (a document key without its `#anchor`). */
export type SearchTexts = Record<string, () => Promise<{ default: PageTexts }>>;

export function pageOf(docKey: string): string {
  const hash = docKey.indexOf("#");
  return hash < 0 ? docKey : docKey.slice(0, hash);
}
