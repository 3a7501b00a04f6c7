/** Loads a page's rendered content on demand; each page is its own chunk, fetched once. */
import { useEffect, useState } from "react";
import { pages } from "virtual:reader/pages";
import type { PageData, PageKind } from "../../shared/types";
import type { Lang } from "../../shared/types";

export type PageState =
  | { status: "loading" }
  | { status: "ready"; page: PageData }
  | { status: "missing" }
  | { status: "error"; error: Error; retry: () => void };

const cache = new Map<string, Promise<PageData>>();

export function pageKey(lang: Lang, kind: PageKind, id: string): string {
  return `${lang}/${kind}/${id}`;
}

export function hasPage(key: string): boolean {
  return key in pages;
}

function load(key: string): Promise<PageData> {
  let promise = cache.get(key);
  if (!promise) {
    const loader = pages[key];
    promise = loader ? loader().then((m) => m.default) : Promise.reject(new Error(`no page ${key}`));
    // A failed chunk (offline, a deploy replaced it) must be retryable, not cached as failed.
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

export function usePage(key: string): PageState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; state: PageState }>({ key, state: { status: "loading" } });
  const exists = hasPage(key);
  useEffect(() => {
    if (!exists) return;
    let live = true;
    load(key).then(
      (page) => live && setState({ key, state: { status: "ready", page } }),
      (error: unknown) =>
        live &&
        setState({
          key,
          state: { status: "error", error: error instanceof Error ? error : new Error(String(error)), retry: () => setAttempt((n) => n + 1) },
        }),
    );
    return () => {
      live = false;
    };
  }, [key, exists, attempt]);
  if (!exists) return { status: "missing" };
  // While a new key loads, don't show the previous page's content under the new title.
  return state.key === key ? state.state : { status: "loading" };
}
