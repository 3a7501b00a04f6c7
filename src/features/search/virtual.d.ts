/** What the search index stage hands the browser (src/pipeline/search/index-module.ts). */
declare module "virtual:reader/search/*" {
  import type { SearchData, SearchTexts } from "@shared/search/types";
  const data: SearchData;
  export default data;
  /** A loader of each page's document texts (for snippets), by page key. */
  export const texts: SearchTexts;
}
