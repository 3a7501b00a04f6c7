/**
 * What the head of each prerendered page says about it: title (as the page itself sets it once
 * hydrated), a one-sentence description, and its address in the other language.
 */
import type { Root } from "hast";
import tocs from "virtual:reader/toc";
import { CONCEPT_TEXT } from "../features/concepts/concept-text";
import { CATALOGUE_TEXT } from "../features/resources/catalogue-text";
import { PAPERS_TEXT } from "../features/resources/papers-text";
import { NOTES_TEXT } from "../features/notes/notes-text";
import { SEARCH_TEXT } from "../features/search/search-text";
import { RESOURCE_TEXT } from "../shared/resource-text";
import { isFigureName } from "../shared/figures/registry";
import { FIGURE_TEXT, FIGURE_UI } from "../shared/figures/text";
import type { Match } from "../shared/match-route";
import { findChapter, findSection, numbered } from "../shared/reading-order";
import type { Lang, PageData } from "../shared/types";
import { UI } from "../shared/ui-text";

export interface PageMeta {
  lang: Lang;
  /** The document title: "4.2 Architecture · A Survey of Large Language Models". */
  title: string;
  description: string;
  /** False for pages that only make sense with the reader's input (search, 404). */
  indexable: boolean;
}

const DESCRIPTION_MAX = 200;

export function pageMeta(match: Match, page: PageData | undefined): PageMeta {
  const lang: Lang = "lang" in match && match.lang ? match.lang : "en";
  const t = UI[lang];
  const c = CONCEPT_TEXT[lang];
  const meta = (title: string, description: string, indexable = true): PageMeta => ({
    lang,
    title: title ? `${title} · ${t.bookTitle}` : t.bookTitle,
    description: clip(description),
    indexable,
  });
  switch (match.kind) {
    case "home":
      return meta("", t.tagline);
    case "chapter": {
      const chapter = findChapter(tocs[lang], match.chapter);
      if (chapter) return meta(`${chapter.number} ${chapter.title}`, chapter.summary);
      break;
    }
    case "section": {
      const chapter = findChapter(tocs[lang], match.chapter);
      const section = chapter && findSection(chapter, match.section);
      if (section) return meta(numbered(section.number, section.title), firstParagraph(page?.hast) || (chapter?.summary ?? ""));
      break;
    }
    case "concept":
      if (page?.concept) return meta(page.concept.summary.title, page.concept.summary.summary);
      break;
    case "concepts":
      return meta(c.concepts, c.indexIntro);
    case "concept-map":
      return meta(c.conceptMap, c.mapIntro);
    case "papers":
      return meta(RESOURCE_TEXT[lang].papers, PAPERS_TEXT[lang].intro);
    case "catalogue":
      return meta(RESOURCE_TEXT[lang].catalogue[match.entity], CATALOGUE_TEXT[lang].intro[match.entity]);
    case "figures":
      return meta(FIGURE_UI[lang].figures, FIGURE_UI[lang].figuresIntro);
    case "figure":
      if (isFigureName(match.figure)) return meta(FIGURE_TEXT[lang][match.figure].title, FIGURE_TEXT[lang][match.figure].summary);
      break;
    case "search":
      return meta(SEARCH_TEXT[lang].pageTitle, t.tagline, false);
    case "notes":
      return meta(NOTES_TEXT[lang].notesTitle, NOTES_TEXT[lang].notesIntro, false);
  }
  return meta(t.notFoundTitle, t.notFoundText, false);
}

/** The text of the first paragraph, for a section's description. */
function firstParagraph(hast: Root | undefined): string {
  const p = hast?.children.find((n) => n.type === "element" && n.tagName === "p");
  return p ? textOf(p).replace(/\s+/g, " ").trim() : "";
}

function textOf(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[]; properties?: Record<string, unknown> };
  if (n.type === "text") return n.value ?? "";
  // Formulas arrive typeset (data-html); their TeX source is no description, so they are skipped.
  if (n.properties?.dataHtml) return "…";
  return (n.children ?? []).map(textOf).join("");
}

/** At most DESCRIPTION_MAX characters, cut at a word (or, in Chinese, anywhere) with an ellipsis. */
export function clip(text: string): string {
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > DESCRIPTION_MAX * 0.6 ? cut.slice(0, space) : cut}…`;
}
