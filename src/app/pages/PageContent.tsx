/** Loads one page's content and shows it, with loading and failure states that never blank the page. */
import { useLocation } from "wouter";
import { Article } from "../../features/content/Article";
import { usePage } from "../../features/content/load-page";
import { ReferenceList } from "../../features/content/ReferenceList";
import { previewLinks } from "../../features/previews/PreviewLink";
import { MentionHighlight } from "../../features/concepts/MentionHighlight";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { CARD_LABELS } from "../card-labels";
import { SearchHighlight } from "../../features/search/SearchHighlight";
import type { Lang, SubsectionEntry } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { PageOutline } from "../layout/PageOutline";
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
        scrollHint={t.scrollsSideways}
        renderLink={previewLinks(state.data.previews, CARD_LABELS[lang])}
        newTabLabel={RESOURCE_TEXT[lang].newTab}
      />
      {state.data.references ? <ReferenceList lang={lang} references={state.data.references} /> : null}
      <SearchHighlight ready />
      <MentionHighlight ready />
    </>
  );
}
