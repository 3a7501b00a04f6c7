/**
 * The prerender's entry (built by Vite for Node): every route the reader has, and each one rendered
 * to HTML by React's static renderer after its data has loaded — the same data the browser loads
 * before hydrating (src/app/preload-route.ts).
 */
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import tocs from "virtual:reader/toc";
import { Router } from "wouter";
import { App } from "../app/App";
import { routerBase } from "../app/base-path";
import { preloadRoute } from "../app/preload-route";
import { preloadConceptList } from "../features/concepts/concept-data";
import { pageKey, preloadPage } from "../features/content/load-page";
import { preloadFigures } from "../features/figures/loaders";
import { FIGURE_NAMES } from "../shared/figures/registry";
import { matchRoute } from "../shared/match-route";
import { readingOrder } from "../shared/reading-order";
import { routes } from "../shared/routes";
import { type ConceptId, ENTITY_KINDS, LANGS } from "../shared/types";
import { type PageMeta, pageMeta } from "./page-meta";

/** The path the 404 page is rendered at; it matches no route, so the app shows "not found". */
export const NOT_FOUND_PATH = "/404/";

/** Every address with a page, in both languages. */
export async function listRoutes(): Promise<string[]> {
  const concepts = await Promise.all(LANGS.map((lang) => preloadConceptList(lang)));
  return LANGS.flatMap((lang, i) => [
    routes.home(lang),
    ...readingOrder(tocs[lang]).map((stop) => stop.href),
    routes.concepts(lang),
    routes.conceptMap(lang),
    ...(concepts[i] ?? []).map((c) => routes.concept(lang, c.id as ConceptId)),
    routes.papers(lang),
    ...ENTITY_KINDS.map((kind) => routes.catalogue(lang, kind)),
    routes.figures(lang),
    ...FIGURE_NAMES.map((name) => routes.figure(lang, name)),
    routes.search(lang),
    routes.notes(lang),
  ]);
}

export interface Rendered {
  html: string;
  meta: PageMeta;
  /** The page-content module whose chunk (and CSS) the page needs, if any. */
  pageModule: string | null;
}

export class RouteRenderError extends Error {}

export async function render(path: string): Promise<Rendered> {
  const match = matchRoute(path);
  await preloadRoute(match);
  const key =
    match.kind === "chapter" ? pageKey(match.lang, "chapter", match.chapter)
    : match.kind === "section" ? pageKey(match.lang, "section", match.section)
    : match.kind === "concept" ? pageKey(match.lang, "concept", match.concept)
    : null;
  const page = key ? await preloadPage(key) : undefined;
  // The figures a page shows are written into its HTML in their default state, as static SVG.
  if (page?.figures) await preloadFigures(page.figures);

  const errors: string[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Router base={routerBase} ssrPath={path} ssrSearch="">
        <App />
      </Router>
    </StrictMode>,
    {
      // Keep every boundary's content in place: React would otherwise move a big one to the end
      // of the document and reveal it with a script, which leaves readers without JS a blank page.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error, info) {
        const where = info?.componentStack?.trim().split("\n")[0]?.trim() ?? "(unknown component)";
        errors.push(`${error instanceof Error ? error.message : String(error)} ${where}`);
      },
    },
  );
  const html = await streamToString(prelude);
  if (errors.length > 0) throw new RouteRenderError(`prerendering ${path} failed:\n  ${errors.join("\n  ")}`);
  // A figure page's data module carries the figures' stylesheet, which its head must link.
  const pageModule = key ? `virtual:reader/page/${key}` : match.kind === "figure" || match.kind === "figures" ? `virtual:reader/figures/${match.lang}` : null;
  return { html, meta: pageMeta(match, page), pageModule };
}

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
