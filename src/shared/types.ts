/**
 * The isomorphic core: the shapes the build hands the browser. Imported by both sides,
 * imports neither. Ids are branded so a concept id can't be passed where a section id is expected.
 */
import type { Root as HastRoot } from "hast";

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Lang = "en" | "zh";
export const LANGS: readonly Lang[] = ["en", "zh"];

export type ChapterId = Brand<string, "ChapterId">;
export type SectionId = Brand<string, "SectionId">;
export type ConceptId = Brand<string, "ConceptId">;

/** A `###` heading: an anchor on its parent section's page. */
export interface SubsectionEntry {
  id: SectionId;
  /** "4.1.2", or null for a heading the survey does not number. */
  number: string | null;
  title: string;
}

/** A `##` heading: one page. */
export interface SectionEntry {
  id: SectionId;
  number: string | null;
  title: string;
  subsections: SubsectionEntry[];
}

export interface ChapterEntry {
  id: ChapterId;
  number: number;
  title: string;
  summary: string;
  sections: SectionEntry[];
}

/** Navigation tree of one language: everything the shell needs up front. */
export interface Toc {
  lang: Lang;
  chapters: ChapterEntry[];
}

export type PageKind = "chapter" | "section" | "concept";

/** Content of one page, loaded when the page is opened. */
export interface PageData {
  lang: Lang;
  kind: PageKind;
  id: string;
  /** Rendered Markdown (KaTeX already applied, cross-references resolved to routes). */
  hast: HastRoot;
  /** Concept pages only: the concept's metadata and where the book discusses it. */
  concept?: { summary: ConceptSummary; backlinks: ConceptBacklinks };
  /** Hover cards for the section and concept links on this page, keyed like the links (`concept:rlhf`). */
  previews: Record<string, Preview>;
  /** The papers this page cites, in order of first citation (its "References" list). */
  references?: PaperRef[];
  /** Names of the interactive figures placed on this page (absent: none). */
  figures?: string[];
}

/** A place in the book tied to a figure: where it is placed, or a section that links to it. */
export interface FigurePlace {
  /** Route, with the anchor of the figure or of the linking (sub)section. */
  href: string;
  /** Number and title of the (sub)section, or of the chapter for its opening text. */
  number: string | null;
  title: string;
}

/** One figure as its own page and the figure index list it. */
export interface FigureEntry {
  name: string;
  /** "9.1", or null for a figure no chapter places. */
  number: string | null;
  placement: FigurePlace | null;
  /** Sections that link to the figure (`figure:` links), in book order. */
  mentions: FigurePlace[];
}

/** Concept themes, in the order the index and the map list them. */
export const THEMES = [
  "foundations",
  "data",
  "architecture",
  "training",
  "post-training",
  "utilization",
  "evaluation",
  "efficiency",
  "applications",
  "safety",
] as const;
export type Theme = (typeof THEMES)[number];

/** One concept, as listed in the index, the map and previews. */
export interface ConceptSummary {
  id: ConceptId;
  title: string;
  /** The title in the other language, so a filter matches either. */
  otherTitle: string;
  short: string | null;
  aliases: string[];
  related: ConceptId[];
  theme: Theme;
  summary: string;
}

/** A place in a chapter that links a concept, with the sentence around the link. */
export interface ConceptMention {
  chapter: { id: ChapterId; number: number; title: string };
  /** Number and title of the (sub)section, or of the chapter for its opening text. */
  number: string | null;
  title: string;
  /** Route with the anchor of the (sub)section. */
  href: string;
  context: string;
  /** The link's text within `context`: [start, end). */
  mark: [number, number];
  /** Which link to the concept on the target page this is (0 = the first, in page order). */
  occurrence: number;
}

export interface ConceptBacklinks {
  discussedIn: ConceptMention[];
  /** Concepts whose pages link to this one. */
  linkedFrom: ConceptId[];
}

/** What a hover card shows for a link. */
export interface Preview {
  title: string;
  number: string | null;
  /** Concept summary, or the chapter a section belongs to. */
  subtitle: string;
  /** The first lines of the target's text. */
  opening: string;
  href: string;
  /** Papers: the paper's own page (opens in a new tab) and how many places cite it. */
  external?: string;
  citedIn?: number;
}

/** A content problem found at build time, with its place. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Named resources the book discusses, each with a catalogue page (`/{lang}/models/`, …). */
export const ENTITY_KINDS = ["model", "dataset", "benchmark"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A place in the book (a chapter's (sub)section, or a concept page) that cites or names something. */
export interface BookPlace {
  /** The chapter it is in; null on a concept page. */
  chapter: { id: ChapterId; number: number; title: string } | null;
  number: string | null;
  title: string;
  href: string;
}

/** A paper as a page's References list shows it. */
export interface PaperRef {
  id: string;
  title: string;
  authors: string | null;
  venue: string | null;
  year: number | null;
  url: string;
}

/** A paper in the bibliography, with every place that cites it. */
export interface PaperEntry extends PaperRef {
  arxivId: string | null;
  citedIn: BookPlace[];
}

/** A model, dataset or benchmark in its catalogue, with every section that names it. */
export interface EntityEntry {
  id: string;
  kind: EntityKind;
  name: string;
  description: string;
  aliases: string[];
  /** Verified facts only, already in the page's language; a missing fact is absent. */
  facts: Partial<Record<EntityFact, string>>;
  /** For sorting: release month "2023-02" or null, and parameters in billions or null. */
  released: string | null;
  paramsB: number | null;
  paper: PaperRef | null;
  discussedIn: (BookPlace & { context: string; mark: [number, number] })[];
}

export type EntityFact = "organisation" | "released" | "params" | "access" | "tokens" | "datasetKind" | "size" | "language" | "measures" | "tasks" | "metric";
