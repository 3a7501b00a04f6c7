/** Loads one page's content and shows it, with loading and failure states that never blank the page. */
import { useLocation } from "wouter";
import { Article } from "../../features/content/Article";
import { usePage } from "../../features/content/load-page";
import { SearchHighlight } from "../../features/search/SearchHighlight";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useScrollOnLoad } from "./page-hooks";

export function PageContent({ lang, pageKey, promoteHeadings = false }: { lang: Lang; pageKey: string; promoteHeadings?: boolean }) {
  const t = UI[lang];
  const [path] = useLocation();
  const state = usePage(pageKey);
  useScrollOnLoad(state.status === "ready", path);
  if (state.status === "loading") return <p className="loading" aria-live="polite">{t.loading}</p>;
  if (state.status === "missing") return null;
  if (state.status === "error") {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t.loadFailed}</p>
        <pre>{state.error.message}</pre>
        <button type="button" onClick={state.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return (
    <>
      <Article hast={state.page.hast} promoteHeadings={promoteHeadings} permalinkLabel={t.permalink} tableLabel={t.table} />
      <SearchHighlight ready />
    </>
  );
}
