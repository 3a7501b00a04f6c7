/**
 * When a chunk fails to load. Browsers remember a failed module import for the life of the
 * document, so importing the same URL again never makes a new request: the way to really retry is
 * to load the address again. A chunk that is missing while the network is up usually means a new
 * deploy replaced it; then the page reloads by itself, once, to the same address (the scroll
 * position comes back through scroll memory).
 */
const RELOADED_KEY = "llm-survey-reader:reloaded";
const RELOAD_WINDOW_MS = 30_000;

/** A failed dynamic import, as each engine words it. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(message);
}

export function retryByReloading(): void {
  window.location.reload();
}

/**
 * Reloads to the same address if the network seems up and this address wasn't just reloaded for
 * the same reason (so a chunk that is really gone can't cause a reload loop). True if it reloads.
 */
export function reloadOnceForMissingChunk(): boolean {
  if (!navigator.onLine) return false;
  const here = window.location.pathname + window.location.search;
  try {
    const last = JSON.parse(sessionStorage.getItem(RELOADED_KEY) ?? "null") as { at: number; here: string } | null;
    if (last && last.here === here && Date.now() - last.at < RELOAD_WINDOW_MS) return false;
    sessionStorage.setItem(RELOADED_KEY, JSON.stringify({ at: Date.now(), here }));
  } catch {
    // Without sessionStorage there is no loop guard: don't reload automatically.
    return false;
  }
  window.location.reload();
  return true;
}
