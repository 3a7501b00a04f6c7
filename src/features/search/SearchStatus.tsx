/**
 * The lines above the results: loading, a failed load (with a retry), the full text still loading
 * while titles are already searched, a query cut to length.
 */
import { MAX_QUERY_LENGTH } from "../../shared/search/query";
import type { Lang } from "../../shared/types";
import { SEARCH_TEXT } from "./search-text";
import type { SearcherState } from "./use-search";

export function SearchStatus({ lang, state, cut, searched }: { lang: Lang; state: SearcherState; cut: boolean; searched: boolean }) {
  const t = SEARCH_TEXT[lang];
  return (
    <>
      {state.status === "loading" ? <p className="search-status">{t.loading}</p> : null}
      {state.status === "ready" && !state.searcher.complete && searched ? <p className="search-status">{t.loadingText}</p> : null}
      {state.status === "error" ? (
        <p className="search-status" role="alert">
          {t.loadFailed}{" "}
          <button type="button" onClick={state.retry}>
            {t.retry}
          </button>
        </p>
      ) : null}
      {cut ? <p className="search-status">{t.cut(MAX_QUERY_LENGTH)}</p> : null}
    </>
  );
}
