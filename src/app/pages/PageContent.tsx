/** Loads one page's content and shows it, with loading and failure states that never blank the page. */
import { Suspense, useCallback } from "react";
import { useLocation } from "wouter";
import { Article, type FigurePlacement } from "../../features/content/Article";
import { usePage } from "../../features/content/load-page";
import { previewLinks } from "../../features/previews/PreviewLink";
import { SearchHighlight } from "../../features/search/SearchHighlight";
import type { Lang, SubsectionEntry } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { PageOutline } from "../layout/PageOutline";
import { lazyPages } from "../lazy-pages";
import { LoadState } from "./LoadState";
import { useScrollOnLoad } from "./page-hooks";

interface Props {
  lang: Lang;
  pageKey: string;
  promoteHeadings?: boolean;
  /** The page's ### headings, for an "On this page" outline. */
  outline?: SubsectionEntry[];
}

export function PageContent({ lang, pageKey, promoteHeadings = false, outline = [] }: Props) {
  const t = UI[lang];
  const [path] = useLocation();
  const state = usePage(pageKey);
  // The figures feature loads only on pages that place a figure (preloaded before hydrating them).
  const renderFigure = useCallback(
    ({ name, number, attributes }: FigurePlacement) => (
      <Suspense fallback={<div className="figure-reserve" data-figure={name} />}>
        <lazyPages.FigureEmbed lang={lang} name={name} number={number} attributes={attributes} />
      </Suspense>
    ),
    [lang],
  );
  useScrollOnLoad(state.status === "ready", path);
  if (state.status === "missing") return null;
  if (state.status !== "ready") return <LoadState lang={lang} state={state} />;
  return (
    <>
      <PageOutline lang={lang} items={outline} ready />
      <Article
        hast={state.data.hast}
        promoteHeadings={promoteHeadings}
        permalinkLabel={t.permalink}
        tableLabel={t.table}
        renderLink={previewLinks(state.data.previews, t.open)}
        renderFigure={renderFigure}
      />
      <SearchHighlight ready />
    </>
  );
}
