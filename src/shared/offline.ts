/**
 * Names the service worker (configured in vite.config.ts) and the browser's "save for offline"
 * action agree on: what the worker caches at run time goes to these caches, and the save action
 * fills the same ones, so a saved page is served exactly like a page the reader opened before.
 */
import type { Lang } from "./types";

/** Pages' HTML, by address. */
export const PAGES_CACHE = "reader-pages";
/** Scripts, styles and fonts (their names carry content hashes, so they never go stale). */
export const ASSETS_CACHE = "reader-assets";

/** The build's list of every page and file one language needs offline (see src/prerender/). */
export const offlineListFile = (lang: Lang) => `offline-${lang}.json`;

export interface OfflineList {
  /** Changes with every build that changes any file in the list. */
  version: string;
  lang: Lang;
  /** Pages' addresses, e.g. "/en/pre-training/". */
  pages: string[];
  /** Other files' addresses, e.g. "/assets/index-….js". */
  files: string[];
}
