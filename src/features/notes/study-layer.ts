/**
 * The annotation code's entry (a chunk of its own, loaded when first needed): the one store of the
 * reader's records, and the actions the page's buttons call.
 */
import { setBookmarked } from "./bookmark-state";
import { RECORDS_CHANNEL } from "./idb";
import { bookmarkId, type PageRef } from "./model";
import { idbBackend } from "./record-backend";
import { StudyStore } from "./study-store";
import type { Lang } from "../../shared/types";

// The prerender imports this too (the notes page's shell): there, no database and no channel (an
// open channel would keep the build's process alive).
const inBrowser = typeof window !== "undefined" && typeof indexedDB !== "undefined";
export const studyStore = new StudyStore(idbBackend, inBrowser ? RECORDS_CHANNEL : null, inBrowser);

// The heading buttons in the first bundle show what this store holds.
studyStore.subscribe(() => setBookmarked(studyStore.all().flatMap((r) => (r.type === "bookmark" ? [r.id] : []))));

export async function toggleBookmark(page: PageRef, heading: string, title: string, lang: Lang): Promise<void> {
  await studyStore.ready;
  const id = bookmarkId(page, heading);
  if (studyStore.get(id)) {
    await studyStore.remove(id);
    return;
  }
  const now = new Date().toISOString();
  await studyStore.put({ type: "bookmark", id, page, heading, title, lang, created: now, updated: now });
}
