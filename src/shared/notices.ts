/**
 * Things the reader must be told about their stored data (kept aside, not saved), collected from
 * wherever they are found and shown by the shell once the page has hydrated. Nothing is added on the
 * server, so the server's snapshot is always empty.
 */
import { useSyncExternalStore } from "react";

export type Notice =
  | { kind: "preferences-kept-aside" }
  | { kind: "preferences-not-saved" }
  | { kind: "study-kept-aside"; count: number }
  | { kind: "study-not-saved"; reason: string };

let notices: readonly Notice[] = [];
const listeners = new Set<() => void>();
const NONE: readonly Notice[] = [];

export function addNotice(notice: Notice): void {
  // One of each kind is enough; a newer one replaces the older.
  notices = [...notices.filter((n) => n.kind !== notice.kind), notice];
  listeners.forEach((l) => l());
}

export function dismissNotice(kind: Notice["kind"]): void {
  notices = notices.filter((n) => n.kind !== kind);
  listeners.forEach((l) => l());
}

/** The notices now (outside React: tests, and code that decides whether to tell again). */
export function currentNotices(): readonly Notice[] {
  return notices;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(subscribe, () => notices, () => NONE);
}

/** False while hydrating (and on the server), true after: data stored in the browser shows only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

function subscribeNever(): () => void {
  return () => {};
}
