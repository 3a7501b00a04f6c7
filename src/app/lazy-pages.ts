/** Pages and page parts that load on first visit, each with a preload for src/app/preload-route.ts. */
import { lazyWithPreload } from "../shared/lazy-with-preload";

/** Both figure pages and what they preload: one chunk, one import. */
export const figurePages = () => import("./pages/FigurePages");

export const lazyPages = {
  ConceptPage: lazyWithPreload(() => import("./pages/ConceptPage").then((m) => m.ConceptPage)),
  ConceptIndexPage: lazyWithPreload(() => import("./pages/ConceptIndexPage").then((m) => m.ConceptIndexPage)),
  // The reader's notes: an empty shell when prerendered, filled from IndexedDB in the browser.
  NotesPage: lazyWithPreload(() => import("./pages/NotesRoute").then((m) => m.NotesRoute)),
  ConceptMapPage: lazyWithPreload(() => import("./pages/ConceptMapPage").then((m) => m.ConceptMapPage)),
  PapersPage: lazyWithPreload(() => import("./pages/PapersPage").then((m) => m.PapersPage)),
  CataloguePage: lazyWithPreload(() => import("./pages/CataloguePage").then((m) => m.CataloguePage)),
  FigurePage: lazyWithPreload(() => figurePages().then((m) => m.FigurePage)),
  FigureIndexPage: lazyWithPreload(() => figurePages().then((m) => m.FigureIndexPage)),
  // A figure in the text: its frame here, each figure's own code in a chunk of its own.
  FigureEmbed: lazyWithPreload(() => import("../features/figures/FigureEmbed").then((m) => m.default)),
  // d3-zoom and the map's drawing code load only on the map's page.
  ConceptMap: lazyWithPreload(() => import("../features/concepts/ConceptMap").then((m) => m.default)),
};
