/**
 * Loads search on demand, in two steps, the first time the palette opens or the results page
 * renders — never with the first page:
 *   1. the searcher (no FlexSearch) and the language's document store: titles, aliases and
 *      numbers can be searched, and the first results paint;
 *   2. right after, FlexSearch and the full-text index (the bulk of the bytes): the full search.
 * A page's texts (for snippets) load when one of its results shows.
 */
import type { Searcher } from "../../shared/search/searcher";
import { pageOf, type SearchTexts } from "../../shared/search/types";
import type { PackedIndex } from "../../shared/search/pack";
import type { Lang } from "../../shared/types";
import type { SearchStore } from "../../shared/search/types";

interface LoadedLanguage {
  store: SearchStore;
  /** Searches titles, aliases and numbers only. */
  names: Searcher;
  create: typeof import("../../shared/search/searcher").createSearcher;
  bodyIndex: () => Promise<{ default: PackedIndex }>;
  texts: SearchTexts;
}

interface StoreModule {
  default: SearchStore;
  bodyIndex: () => Promise<{ default: PackedIndex }>;
  texts: SearchTexts;
}

const DATA: Record<Lang, () => Promise<StoreModule>> = {
  en: () => import("virtual:reader/search/en"),
  zh: () => import("virtual:reader/search/zh"),
};

const languages = new Map<Lang, Promise<LoadedLanguage>>();
const complete = new Map<Lang, Promise<Searcher>>();
const loadedFull = new Map<Lang, Searcher>();
const pageTexts = new Map<string, Promise<Record<string, string>>>();

/** Retried on the next call if it failed (offline, a deploy replaced the chunk). */
function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

function loadLanguage(lang: Lang): Promise<LoadedLanguage> {
  return once(languages, lang, async () => {
    const [searcher, data] = await Promise.all([import("../../shared/search/searcher"), DATA[lang]()]);
    const store = data.default;
    return { store, names: searcher.createSearcher(store, null), create: searcher.createSearcher, bodyIndex: data.bodyIndex, texts: data.texts };
  });
}

/** The names-only searcher: as soon as the store has arrived. */
export function loadSearcher(lang: Lang): Promise<Searcher> {
  return loadLanguage(lang).then((loaded) => loaded.names);
}

/**
 * The full searcher. Its download starts only once the store has arrived, so the store (and the
 * first results) don't share the connection with the much larger index.
 */
export function loadFullSearcher(lang: Lang): Promise<Searcher> {
  return once(complete, lang, async () => {
    const loaded = await loadLanguage(lang);
    const [body, index] = await Promise.all([import("../../shared/search/body-index"), loaded.bodyIndex()]);
    const searcher = loaded.create(loaded.store, body.openBodyIndex(index.default, loaded.store.docs.length));
    loadedFull.set(lang, searcher);
    return searcher;
  });
}

/** The full searcher if it has loaded already (a palette opened again): no names-only step then. */
export function loadedFullSearcher(lang: Lang): Searcher | null {
  return loadedFull.get(lang) ?? null;
}

/** The plain text of one search document ("" if its page has none). */
export async function loadDocText(lang: Lang, docKey: string): Promise<string> {
  const page = pageOf(docKey);
  const { texts } = await loadLanguage(lang);
  const loader = texts[page];
  if (!loader) return "";
  const byDoc = await once(pageTexts, page, () => loader().then((m) => m.default));
  return byDoc[docKey] ?? "";
}
