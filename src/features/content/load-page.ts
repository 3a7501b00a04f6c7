/**
 * A page's rendered content, each page its own chunk. The route being opened is loaded before it
 * renders (see src/app/preload-route.ts); a page reached some other way loads on demand.
 */
import { pages } from "virtual:reader/pages";
import { type Loaded, resourceFamily, useResource } from "../../shared/resource";
import type { Lang, PageData, PageKind } from "../../shared/types";

export type PageState = Loaded<PageData> | { status: "missing" };

export function pageKey(lang: Lang, kind: PageKind, id: string): string {
  return `${lang}/${kind}/${id}`;
}

export function hasPage(key: string): boolean {
  return key in pages;
}

const pageResource = resourceFamily<PageData>((key) => {
  const loader = pages[key];
  return loader ? loader().then((m) => m.default) : Promise.reject(new Error(`no page ${key}`));
});

/** Loads a page's content so that it renders at once (no-op for a page that doesn't exist). */
export function preloadPage(key: string): Promise<PageData | undefined> {
  return hasPage(key) ? pageResource(key).load() : Promise.resolve(undefined);
}

export function usePage(key: string): PageState {
  const exists = hasPage(key);
  const state = useResource(exists ? pageResource(key) : null);
  return exists ? state : { status: "missing" };
}
