/** React access to the lazily loaded search: the searcher of a language, and documents' texts. */
import { useCallback, useEffect, useState } from "react";
import type { Searcher } from "../../shared/search/searcher";
import type { Lang } from "../../shared/types";
import { loadDocText, loadedFullSearcher, loadFullSearcher, loadSearcher } from "./load-search";

const IDLE_BEFORE_FULL_TEXT_MS = 1500;

/** "ready" comes twice: with a names-only searcher (`searcher.complete` false), then the full one. */
export type SearcherState = { status: "loading" } | { status: "ready"; searcher: Searcher } | { status: "error"; retry: () => void };

/**
 * `query`: what the reader has typed, if the caller knows. The full-text index (the bulk of the
 * bytes) is fetched only once results for a typed query have painted from the names, or after a
 * pause if nothing is typed yet — so its download never delays the first results.
 */
export function useSearcher(lang: Lang, query?: string): SearcherState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ lang: Lang; attempt: number; value: SearcherState }>({ lang, attempt, value: { status: "loading" } });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = state.lang === lang && state.attempt === attempt ? state.value : null;
  const namesOnly = current?.status === "ready" && !current.searcher.complete;

  useEffect(() => {
    let live = true;
    const loaded = loadedFullSearcher(lang);
    const set = (value: SearcherState) => live && setState({ lang, attempt, value });
    if (loaded) set({ status: "ready", searcher: loaded });
    else loadSearcher(lang).then((searcher) => set({ status: "ready", searcher }), () => set({ status: "error", retry }));
    return () => {
      live = false;
    };
  }, [lang, attempt, retry]);

  const typed = query === undefined || query.trim() !== "";
  useEffect(() => {
    if (!namesOnly) return;
    let live = true;
    const set = (value: SearcherState) => live && setState({ lang, attempt, value });
    const load = () => loadFullSearcher(lang).then((searcher) => set({ status: "ready", searcher }), () => set({ status: "error", retry }));
    // Two frames: the names' results for the typed query are on screen before the big download.
    let frame = 0;
    const timer = typed ? undefined : setTimeout(load, IDLE_BEFORE_FULL_TEXT_MS);
    if (typed) frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => void load())));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [namesOnly, typed, lang, attempt, retry]);

  return current ?? { status: "loading" };
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
