/** One store made of slices; persistence is applied once, where the slices are combined. */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createNavigationSlice, type NavigationSlice } from "./navigation-slice";
import { persistOptions } from "./persisted";
import { createPreferencesSlice, type PreferencesSlice } from "./preferences-slice";

export type ReaderState = PreferencesSlice & NavigationSlice;

export const useReader = create<ReaderState>()(
  persist(
    (...a) => ({
      ...createPreferencesSlice(...a),
      ...createNavigationSlice(...a),
    }),
    persistOptions<ReaderState>(),
  ),
);
