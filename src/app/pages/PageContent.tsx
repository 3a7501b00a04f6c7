/** Loads one page's content and shows it, with loading and failure states that never blank the page. */
import { Suspense, useCallback, useMemo, useRef } from "react";
import { useLocation } from "wouter";
import { Article, type FigurePlacement } from "../../features/content/Article";
import { usePage } from "../../features/content/load-page";
import { ReferenceList } from "../../features/content/ReferenceList";
import { BookmarkToggle } from "../../features/notes/BookmarkToggle";
import { pageRef } from "../../features/notes/model";
import { previewLinks } from "../../features/previews/PreviewLink";
import { MentionHighlight } from "../../features/concepts/MentionHighlight";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { CARD_LABELS } from "../card-labels";
import { SearchHighlight } from "../../features/search/SearchHighlight";
import type { Lang, SubsectionEntry } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { PageOutline } from "../layout/PageOutline";
import { lazyPages } from "../lazy-pages";
import { LoadState } from "./LoadState";
import { useScrollOnLoad } from "./page-hooks";
import { type StudyPlace, StudyTools } from "./StudyTools";

interface Props {
  lang: Lang;
  pageKey: string;
  promoteHeadings?: boolean;
  /** The page's ### headings, for an "On this page" outline. */
  outline?: SubsectionEntry[];
  /** Chapter and section pages: the reader's bookmarks, highlights, notes and reading progress. */
  study?: StudyPlace;
}

export function PageContent({ lang, pageKey, promoteHeadings = false, outline = [], study }: Props) {
  const t = UI[lang];
  const [path] = useLocation();
  const state = usePage(pageKey);
  const ready = state.status === "ready";
  useScrollOnLoad(ready, path);
  const root = useRef<HTMLDivElement>(null);
  // Stable render props: new ones would remount the article's text, and highlights painted on it.
  const previews = ready ? state.data.previews : null;
  const renderLink = useMemo(() => (previews ? previewLinks(previews, CARD_LABELS[lang]) : undefined), [previews, lang]);
  const page = study ? pageRef(study.section ? "section" : "chapter", study.section ?? study.chapter) : null;
  const renderHeadingTools = useMemo(
    () => (page ? (id: string, title: string) => <BookmarkToggle lang={lang} page={page} heading={id} title={title} /> : undefined),
    [lang, page],
  );
  // The figures feature loads only on pages that place a figure (preloaded before hydrating them).
  const renderFigure = useCallback(
    ({ name, number, attributes }: FigurePlacement) => (
      <Suspense fallback={<div className="figure-reserve" data-figure={name} />}>
        <lazyPages.FigureEmbed lang={lang} name={name} number={number} attributes={attributes} />
      </Suspense>
    ),
    [lang],
  );
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
        scrollHint={t.scrollsSideways}
        newTabLabel={RESOURCE_TEXT[lang].newTab}
        renderLink={renderLink}
        renderHeadingTools={renderHeadingTools}
        rootRef={root}
        renderFigure={renderFigure}
      />
      {state.data.references ? <ReferenceList lang={lang} references={state.data.references} /> : null}
      <SearchHighlight ready />
      <MentionHighlight ready />
      {study ? <StudyTools lang={lang} place={study} root={root} /> : null}
    </>
  );
}
