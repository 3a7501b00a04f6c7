/**
 * "Save for offline reading": every page and file of one language, fetched into the caches the
 * service worker serves from (src/shared/offline.ts). A marker written last says the copy is
 * complete; a copy without it, or with entries missing (storage evicted, a save interrupted), is
 * found by `checkSaved` and completed by saving again, which fetches only what is missing.
 */
import { ASSETS_CACHE, offlineListFile, type OfflineList, PAGES_CACHE } from "../../shared/offline";
import type { Lang } from "../../shared/types";

const PARALLEL = 6;

export interface Progress {
  done: number;
  total: number;
  bytes: number;
}

export type SavedStatus =
  | { state: "unsupported" }
  | { state: "none" }
  | { state: "partial"; have: number; total: number }
  | { state: "saved"; bytes: number; total: number; stale: boolean };

/** Written when a save starts (complete: false) and again when it ends (complete: true). */
interface Marker {
  version: string;
  total: number;
  bytes: number;
  complete: boolean;
}

const base = import.meta.env.BASE_URL;
const markerUrl = (lang: Lang) => `${base}offline-saved-${lang}.json`;

export const offlineSupported = () => typeof caches !== "undefined" && "serviceWorker" in navigator;

async function fetchList(lang: Lang): Promise<OfflineList> {
  const url = base + offlineListFile(lang);
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const list = (await response.clone().json()) as OfflineList;
    await (await caches.open(PAGES_CACHE)).put(url, response);
    return list;
  } catch (error) {
    // Offline: the list saved with the book still says what the book is.
    const saved = await (await caches.open(PAGES_CACHE)).match(url);
    if (saved) return (await saved.json()) as OfflineList;
    throw error;
  }
}

function entries(list: OfflineList): [cacheName: string, url: string][] {
  return [...list.pages.map((u): [string, string] => [PAGES_CACHE, u]), ...list.files.map((u): [string, string] => [ASSETS_CACHE, u])];
}

export async function saveBook(lang: Lang, onProgress: (p: Progress) => void): Promise<Progress> {
  const list = await fetchList(lang);
  const jobs = entries(list);
  const open: Record<string, Cache> = { [PAGES_CACHE]: await caches.open(PAGES_CACHE), [ASSETS_CACHE]: await caches.open(ASSETS_CACHE) };
  const progress: Progress = { done: 0, total: jobs.length, bytes: 0 };
  await writeMarker(lang, { version: list.version, total: jobs.length, bytes: 0, complete: false });
  onProgress({ ...progress });
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [name, url] = jobs[next++]!;
      const cache = open[name]!;
      let response = await cache.match(url);
      if (!response) {
        const fresh = await fetch(url);
        if (!fresh.ok) throw new Error(`${url}: HTTP ${fresh.status}`);
        await cache.put(url, fresh.clone());
        response = fresh;
      }
      progress.bytes += (await response.blob()).size;
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await writeMarker(lang, { version: list.version, total: jobs.length, bytes: progress.bytes, complete: true });
  return progress;
}

async function writeMarker(lang: Lang, marker: Marker): Promise<void> {
  const response = new Response(JSON.stringify(marker), { headers: { "Content-Type": "application/json" } });
  await (await caches.open(PAGES_CACHE)).put(markerUrl(lang), response);
}

/**
 * What of this language is saved. Nothing is fetched unless a save was ever started; then every
 * entry is checked, and a copy with entries missing (or a save that never finished) is partial.
 */
export async function checkSaved(lang: Lang): Promise<SavedStatus> {
  if (!offlineSupported()) return { state: "unsupported" };
  const pages = await caches.open(PAGES_CACHE);
  const markerResponse = await pages.match(markerUrl(lang));
  // An unreadable marker (a half-written or corrupted entry) counts as an unfinished save.
  const marker = markerResponse ? ((await markerResponse.json().catch(() => ({ version: "", total: 0, bytes: 0, complete: false }))) as Marker) : null;
  if (!marker) return { state: "none" };
  let list: OfflineList;
  try {
    list = await fetchList(lang);
  } catch {
    // Offline with no list: trust the marker.
    return marker.complete ? { state: "saved", bytes: marker.bytes, total: marker.total, stale: false } : { state: "partial", have: 0, total: marker.total };
  }
  const jobs = entries(list);
  const assets = await caches.open(ASSETS_CACHE);
  let have = 0;
  for (const [name, url] of jobs) if (await (name === PAGES_CACHE ? pages : assets).match(url)) have++;
  if (marker.complete && have === jobs.length) return { state: "saved", bytes: marker.bytes, total: jobs.length, stale: false };
  // A complete copy of an older build: still readable offline; offer to bring it up to date.
  if (marker.complete && marker.version !== list.version) return { state: "saved", bytes: marker.bytes, total: marker.total, stale: true };
  return { state: "partial", have, total: jobs.length };
}
