/** React access to the lazily loaded search: the searcher of a language, and documents' texts. */
import { useCallback, useEffect, useState } from "react";
import type { Searcher } from "../../shared/search/engine";
import type { Lang } from "../../shared/types";
import { loadDocText, loadSearcher } from "./load-search";

export type SearcherState = { status: "loading" } | { status: "ready"; searcher: Searcher } | { status: "error"; retry: () => void };

export function useSearcher(lang: Lang): SearcherState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ lang: Lang; attempt: number; value: SearcherState }>({ lang, attempt, value: { status: "loading" } });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    loadSearcher(lang).then(
      (searcher) => live && setState({ lang, attempt, value: { status: "ready", searcher } }),
      () => live && setState({ lang, attempt, value: { status: "error", retry } }),
    );
    return () => {
      live = false;
    };
  }, [lang, attempt, retry]);
  return state.lang === lang && state.attempt === attempt ? state.value : { status: "loading" };
}

/** The text of a search document once loaded (null before), for its snippet. Skips when `enabled` is false. */
export function useDocText(lang: Lang, docKey: string, enabled = true): string | null {
  const [loaded, setLoaded] = useState<{ key: string; text: string } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // A page's text that fails to load leaves the result without a snippet, nothing worse.
    loadDocText(lang, docKey).then(
      (text) => live && setLoaded({ key: `${lang}:${docKey}`, text }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, docKey, enabled]);
  return loaded?.key === `${lang}:${docKey}` ? loaded.text : null;
}
