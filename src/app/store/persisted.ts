/**
 * What of the store survives a reload, and how stored data from any version is read back.
 * Stored data is never trusted: each field is checked, and a field that doesn't fit falls back to
 * its default. Unreadable JSON is kept aside under a second key instead of being overwritten.
 */
import { createJSONStorage, type PersistOptions, type StateStorage } from "zustand/middleware";
import { isLang } from "../../shared/routes";
import type { NavigationSlice } from "./navigation-slice";
import type { PreferencesSlice, ThemeChoice } from "./preferences-slice";

export const STORAGE_KEY = "llm-survey-reader";
export const STORAGE_VERSION = 1;

export type Persisted = Pick<PreferencesSlice, "lang" | "theme"> & Pick<NavigationSlice, "expanded">;

const THEMES: ThemeChoice[] = ["system", "light", "dark"];

export function sanitize(stored: unknown): Partial<Persisted> {
  if (typeof stored !== "object" || stored === null) return {};
  const s = stored as Record<string, unknown>;
  const out: Partial<Persisted> = {};
  if (typeof s.lang === "string" && isLang(s.lang)) out.lang = s.lang;
  if (THEMES.includes(s.theme as ThemeChoice)) out.theme = s.theme as ThemeChoice;
  if (typeof s.expanded === "object" && s.expanded !== null && !Array.isArray(s.expanded)) {
    out.expanded = Object.fromEntries(Object.entries(s.expanded).filter(([, v]) => typeof v === "boolean")) as Record<string, boolean>;
  }
  return out;
}

export const DEFAULTS: Persisted = { lang: null, theme: "system", expanded: {} };

/**
 * Data stored by another version (0 is zustand's mark for data written without one): keep every
 * field that still fits today's shape, default the rest. When the shape changes, map old fields here.
 */
export function migrate(stored: unknown): Persisted {
  return { ...DEFAULTS, ...sanitize(stored) };
}

/** localStorage that never throws, and that keeps unreadable data aside instead of losing it. */
const safeLocalStorage: StateStorage = {
  getItem(name) {
    try {
      const raw = localStorage.getItem(name);
      if (raw !== null) JSON.parse(raw);
      return raw;
    } catch {
      try {
        const raw = localStorage.getItem(name);
        if (raw !== null) localStorage.setItem(`${name}:unreadable`, raw);
      } catch {
        // Storage is unavailable altogether (private mode, blocked): nothing to keep aside.
      }
      return null;
    }
  },
  setItem(name, value) {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Full or blocked storage: preferences last for this visit only.
    }
  },
  removeItem(name) {
    try {
      localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

export function persistOptions<S extends Persisted>(): PersistOptions<S, Persisted> {
  return {
    name: STORAGE_KEY,
    version: STORAGE_VERSION,
    storage: createJSONStorage(() => safeLocalStorage),
    partialize: (s) => ({ lang: s.lang, theme: s.theme, expanded: s.expanded }),
    migrate: (stored) => migrate(stored),
    merge: (stored, current) => ({ ...current, ...sanitize(stored) }),
  };
}
