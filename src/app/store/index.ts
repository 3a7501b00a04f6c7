/** One store made of slices; persistence is applied once, where the slices are combined. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { mergeLatest } from "../../features/progress/merge-latest";
import { createNavigationSlice, type NavigationSlice } from "./navigation-slice";
import { persistOptions, STORAGE_KEY, sanitize } from "./persisted";
import { createPreferencesSlice, type PreferencesSlice } from "./preferences-slice";
import { createStudySlice, type StudySlice } from "./study-slice";

export type ReaderState = PreferencesSlice & NavigationSlice & StudySlice;

export const useReader = create<ReaderState>()(
  persist(
    (...a) => ({
      ...createPreferencesSlice(...a),
      ...createNavigationSlice(...a),
      ...createStudySlice(...a),
    }),
    persistOptions<ReaderState>(),
  ),
);

/**
 * Another tab saved: read its state in (marks meet page by page, the later wins). If this tab has
 * marks the other didn't, save the union back, so neither tab's new marks are lost; a tab whose
 * state already equals the stored one writes nothing, so two tabs don't answer each other forever.
 */
export function startTabSync(): void {
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    void useReader.persist.rehydrate().then(() => {
      const stored = sanitize(readState(event.newValue)).progress ?? {};
      const mine = useReader.getState().progress;
      const merged = mergeLatest(stored, mine);
      if (Object.keys(merged).some((page) => merged[page]?.at !== stored[page]?.at)) useReader.setState({});
    });
  });
}

function readState(raw: string | null): unknown {
  try {
    return (JSON.parse(raw ?? "null") as { state?: unknown } | null)?.state;
  } catch {
    return undefined;
  }
}
