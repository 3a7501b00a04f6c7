/**
 * Search index stage. For each language:
 *   virtual:reader/search/<lang>              the document store — all a title, alias or number
 *                                             search needs (default export); `texts`, a loader per
 *                                             page; `bodyIndex`, the loader of the full-text index
 *   virtual:reader/search/index/<lang>        the packed FlexSearch index of the full text
 *   virtual:reader/search/text/<page key>     that page's documents' plain text, for snippets
 * The browser imports the store when the palette opens or the results page renders, the full-text
 * index right after it (first results paint from the store alone), and a page's text only when one
 * of its documents is a result on screen: none of it is in the first page load.
 */
import { isLang } from "../../shared/routes";
import { pageOf, type PageTexts, type SearchData } from "../../shared/search/types";
import type { Lang } from "../../shared/types";
import type { Book } from "../book";
import type { ExtraModule } from "../vite-plugin";
import { buildSearchData, type IndexedDoc } from "./build-index";
import { searchDocuments } from "./documents";

const TEXT_PREFIX = "text/";
const INDEX_PREFIX = "index/";

interface LanguageSearch {
  data: SearchData;
  texts: Map<string, PageTexts>;
}

// One build of each language per book: every text module of a language reads the same result.
const built = new WeakMap<Book, Partial<Record<Lang, LanguageSearch>>>();

export function languageSearch(book: Book, lang: Lang): LanguageSearch {
  const byLang = built.get(book) ?? {};
  built.set(book, byLang);
  byLang[lang] ??= build(book, lang);
  return byLang[lang];
}

function build(book: Book, lang: Lang): LanguageSearch {
  const docs = searchDocuments(book, lang);
  return { data: buildSearchData(lang, docs), texts: textsByPage(docs) };
}

function textsByPage(docs: IndexedDoc[]): Map<string, PageTexts> {
  const pages = new Map<string, PageTexts>();
  for (const doc of docs) {
    const page = pageOf(doc.key);
    const texts = pages.get(page) ?? {};
    texts[doc.key] = doc.text;
    pages.set(page, texts);
  }
  return pages;
}

/** JSON.parse of a string literal loads faster than the same object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

function storeModule(lang: Lang, search: LanguageSearch): string {
  const { index: _index, ...store } = search.data;
  const loaders = [...search.texts.keys()].map(
    (page) => `  ${JSON.stringify(page)}: () => import(${JSON.stringify(`virtual:reader/search/${TEXT_PREFIX}${page}`)}),`,
  );
  return [
    jsonModule(store),
    `export const bodyIndex = () => import(${JSON.stringify(`virtual:reader/search/${INDEX_PREFIX}${lang}`)});`,
    `export const texts = {\n${loaders.join("\n")}\n};\n`,
  ].join("\n");
}

export const searchIndexModule: ExtraModule = {
  name: "search",
  load: (book, key) => {
    if (isLang(key)) return storeModule(key, languageSearch(book, key));
    if (key.startsWith(INDEX_PREFIX)) {
      const lang = key.slice(INDEX_PREFIX.length);
      return isLang(lang) ? jsonModule(languageSearch(book, lang).data.index) : null;
    }
    if (!key.startsWith(TEXT_PREFIX)) return null;
    const page = key.slice(TEXT_PREFIX.length);
    const lang = page.split("/")[0];
    if (!isLang(lang)) return null;
    const texts = languageSearch(book, lang).texts.get(page);
    return texts ? jsonModule(texts) : null;
  },
};
