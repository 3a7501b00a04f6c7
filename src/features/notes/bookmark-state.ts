/**
 * Which headings are bookmarked, for the bookmark buttons rendered with the page (first bundle).
 * The annotation layer fills it once loaded; until then, and while hydrating, nothing is marked.
 */
import { useSyncExternalStore } from "react";

let bookmarked: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

export function setBookmarked(ids: Iterable<string>): void {
  bookmarked = new Set(ids);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIsBookmarked(id: string): boolean {
  return useSyncExternalStore(subscribe, () => bookmarked.has(id), () => false);
}
