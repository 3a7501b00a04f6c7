/**
 * Loads search on demand: the engine (with FlexSearch) and one language's index arrive together
 * as lazily imported chunks, the first time the palette opens or the results page renders —
 * never with the first page. A page's texts (for snippets) load when one of its results shows.
 */
import type { Searcher } from "../../shared/search/engine";
import { pageOf, type SearchData, type SearchTexts } from "../../shared/search/types";
import type { Lang } from "../../shared/types";

interface LoadedLanguage {
  searcher: Searcher;
  texts: SearchTexts;
}

interface SearchModule {
  default: SearchData;
  texts: SearchTexts;
}

const DATA: Record<Lang, () => Promise<SearchModule>> = {
  en: () => import("virtual:reader/search/en"),
  zh: () => import("virtual:reader/search/zh"),
};

const languages = new Map<Lang, Promise<LoadedLanguage>>();
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
    const [engine, data] = await Promise.all([import("../../shared/search/engine"), DATA[lang]()]);
    return { searcher: engine.createSearcher(data.default), texts: data.texts };
  });
}

export function loadSearcher(lang: Lang): Promise<Searcher> {
  return loadLanguage(lang).then((loaded) => loaded.searcher);
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
