/**
 * Both tiers at once, for code that has the whole `SearchData` in hand (the build's tests, the
 * benchmark). The browser loads the tiers one after the other (src/features/search/load-search.ts).
 */
import { openBodyIndex } from "./body-index";
import { createSearcher as createTieredSearcher, type Searcher } from "./searcher";
import type { SearchData } from "./types";

export type { BodyIndex, SearchHit, SearchResponse, Searcher } from "./searcher";

export function createSearcher(data: SearchData): Searcher {
  return createTieredSearcher(data, openBodyIndex(data.index, data.docs.length));
}
