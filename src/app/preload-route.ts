/**
 * Everything a route renders from, loaded before it renders: the prerender awaits it before
 * writing a page's HTML, and the browser awaits it before hydrating that HTML, so both first
 * renders see the same data and produce the same markup.
 */
import { pageKey, preloadPage } from "../features/content/load-page";
import { preloadConceptList, preloadMapLayout } from "../features/concepts/concept-data";
import type { Match } from "../shared/match-route";
import type { PageData } from "../shared/types";
import { preloadSearchPage } from "../features/search/SearchPage";
import { preloadCatalogue } from "../features/resources/catalogue-data";
import { preloadPapers } from "../features/resources/papers-data";
import { figurePages, lazyPages } from "./lazy-pages";

export function preloadRoute(match: Match): Promise<unknown> {
  switch (match.kind) {
    case "chapter":
      return preloadPage(pageKey(match.lang, "chapter", match.chapter)).then(withFigures);
    case "section":
      return preloadPage(pageKey(match.lang, "section", match.section)).then(withFigures);
    case "concept":
      return Promise.all([lazyPages.ConceptPage.preload(), preloadPage(pageKey(match.lang, "concept", match.concept))]);
    case "concepts":
      return Promise.all([lazyPages.ConceptIndexPage.preload(), preloadConceptList(match.lang)]);
    case "concept-map":
      return Promise.all([lazyPages.ConceptMapPage.preload(), lazyPages.ConceptMap.preload(), preloadConceptList(match.lang), preloadMapLayout()]);
    case "papers":
      return Promise.all([lazyPages.PapersPage.preload(), preloadPapers(match.lang)]);
    case "catalogue":
      return Promise.all([lazyPages.CataloguePage.preload(), preloadCatalogue(match.lang, match.entity)]);
    case "figures":
    case "figure":
      return Promise.all([lazyPages.FigurePage.preload(), lazyPages.FigureIndexPage.preload(), figurePages().then((m) => m.preloadFigurePages(match))]);
    case "search":
      return preloadSearchPage();
    case "notes":
      return lazyPages.NotesPage.preload();
    default:
      return Promise.resolve();
  }
}

/** A page that places a figure hydrates its frame at once (the figure's own code loads later). */
function withFigures(page: PageData | undefined): unknown {
  return page?.figures ? lazyPages.FigureEmbed.preload() : undefined;
}
