import type { StateCreator } from "zustand";
import type { Lang } from "../../shared/types";

export type ThemeChoice = "system" | "light" | "dark";

export interface PreferencesSlice {
  /** The language the reader last chose; null until they choose (then the browser's decides). */
  lang: Lang | null;
  theme: ThemeChoice;
  setLang: (lang: Lang) => void;
  setTheme: (theme: ThemeChoice) => void;
}

export const createPreferencesSlice: StateCreator<PreferencesSlice, [], [], PreferencesSlice> = (set) => ({
  lang: null,
  theme: "system",
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
});
