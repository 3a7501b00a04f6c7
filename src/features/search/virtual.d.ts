/** What the search index stage hands the browser (src/pipeline/search/index-module.ts). */
declare module "virtual:reader/search/*" {
  import type { PackedIndex } from "@shared/search/pack";
  import type { SearchStore, SearchTexts } from "@shared/search/types";
  /** The document store: the names tier. */
  const store: SearchStore;
  export default store;
  /** The full-text index, loaded after the store. */
  export const bodyIndex: () => Promise<{ default: PackedIndex }>;
  /** A loader of each page's document texts (for snippets), by page key. */
  export const texts: SearchTexts;
}
