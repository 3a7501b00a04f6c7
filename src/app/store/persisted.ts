/**
 * What of the store survives a reload, and how stored data from any version is read back.
 * Stored data is never trusted: each field is checked, and a field that doesn't fit falls back to
 * its default. Unreadable data is kept aside under a second key instead of being overwritten, and
 * the reader is told.
 *
 * Versions: 1 — lang, theme, expanded. 2 — adds progress, resume, reading (settings).
 */
import { createJSONStorage, type PersistOptions, type StateStorage } from "zustand/middleware";
import { addNotice } from "../../shared/notices";
import { isLang } from "../../shared/routes";
import type { Progress, ReadMark, ResumePoint } from "../../features/progress/progress-model";
import { DEFAULT_READING, FONT_SIZES, LINE_WIDTHS, type ReadingSettings } from "../../features/progress/reading-settings";
import { mergeLatest } from "../../features/progress/merge-latest";
import type { NavigationSlice } from "./navigation-slice";
import type { PreferencesSlice, ThemeChoice } from "./preferences-slice";
import type { StudySlice } from "./study-slice";

export const STORAGE_KEY = "llm-survey-reader";
export const STORAGE_VERSION = 2;

export type Persisted = Pick<PreferencesSlice, "lang" | "theme"> & Pick<NavigationSlice, "expanded"> & Pick<StudySlice, "progress" | "resume" | "reading">;

const THEMES: ThemeChoice[] = ["system", "light", "dark"];
const PAGE_KEY = /^(chapter|section):[a-z0-9-]+$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** Every field of `stored` that fits today's shape; `rejected` names the ones that didn't. */
export function sanitize(stored: unknown): Partial<Persisted> & { rejected?: string[] } {
  if (!isObject(stored)) return stored === undefined || stored === null ? {} : { rejected: ["(everything)"] };
  const s = stored;
  const out: Partial<Persisted> = {};
  const rejected: string[] = [];
  const check = (field: keyof Persisted, ok: boolean, apply: () => void) => {
    if (!(field in s)) return;
    if (ok) apply();
    else rejected.push(field);
  };
  check("lang", s.lang === null || (typeof s.lang === "string" && isLang(s.lang)), () => (out.lang = s.lang as Persisted["lang"]));
  check("theme", THEMES.includes(s.theme as ThemeChoice), () => (out.theme = s.theme as ThemeChoice));
  check("expanded", isObject(s.expanded), () => {
    out.expanded = Object.fromEntries(Object.entries(s.expanded as object).filter(([, v]) => typeof v === "boolean")) as Record<string, boolean>;
  });
  check("progress", isObject(s.progress), () => (out.progress = sanitizeProgress(s.progress as Record<string, unknown>)));
  check("resume", s.resume === null || isResume(s.resume), () => (out.resume = s.resume as ResumePoint | null));
  check("reading", isObject(s.reading), () => (out.reading = sanitizeReading(s.reading as Record<string, unknown>)));
  return rejected.length > 0 ? { ...out, rejected } : out;
}

function sanitizeProgress(stored: Record<string, unknown>): Progress {
  const marks = Object.entries(stored).filter(
    (entry): entry is [string, ReadMark] => PAGE_KEY.test(entry[0]) && isObject(entry[1]) && typeof entry[1].read === "boolean" && isTime(entry[1].at),
  );
  return Object.fromEntries(marks.map(([page, mark]) => [page, { read: mark.read, at: mark.at }]));
}

function isResume(v: unknown): v is ResumePoint {
  if (!isObject(v)) return false;
  const nullableString = (x: unknown) => x === null || typeof x === "string";
  return typeof v.lang === "string" && isLang(v.lang) && typeof v.chapter === "string" && nullableString(v.section) && nullableString(v.heading) && isTime(v.at);
}

function sanitizeReading(stored: Record<string, unknown>): ReadingSettings {
  return {
    fontSize: FONT_SIZES.includes(stored.fontSize as never) ? (stored.fontSize as ReadingSettings["fontSize"]) : DEFAULT_READING.fontSize,
    lineWidth: LINE_WIDTHS.includes(stored.lineWidth as never) ? (stored.lineWidth as ReadingSettings["lineWidth"]) : DEFAULT_READING.lineWidth,
  };
}

export const DEFAULTS: Persisted = { lang: null, theme: "system", expanded: {}, progress: {}, resume: null, reading: DEFAULT_READING };

/**
 * Data stored by another version (0 is zustand's mark for data written without one): version 1 had
 * only lang, theme and expanded, which keep their meaning; every field that still fits is kept, the
 * rest defaults. A field that doesn't fit is kept aside first.
 */
export function migrate(stored: unknown, _version: number): Persisted {
  const { rejected, ...fitting } = sanitize(stored);
  if (rejected) keepAside(STORAGE_KEY, JSON.stringify(stored));
  return { ...DEFAULTS, ...fitting };
}

/**
 * Stored state meeting this tab's state: on start (this tab has only defaults) and whenever another
 * tab saved. Read marks meet page by page and the later wins, so neither tab's new marks are lost.
 */
export function mergeStored<S extends Persisted>(stored: unknown, current: S): S {
  const { rejected, ...fitting } = sanitize(stored);
  if (rejected) keepAside(STORAGE_KEY, JSON.stringify(stored));
  const resume = latest(current.resume, fitting.resume ?? null);
  return { ...current, ...fitting, progress: mergeLatest(current.progress, fitting.progress ?? {}), resume };
}

function latest(a: ResumePoint | null, b: ResumePoint | null): ResumePoint | null {
  if (!a || !b) return a ?? b;
  return b.at > a.at ? b : a;
}

/** Copies unreadable data under a free `…:unreadable` key (an earlier copy is never overwritten). */
export function keepAside(name: string, raw: string): void {
  try {
    let key = `${name}:unreadable`;
    for (let i = 2; localStorage.getItem(key) !== null && localStorage.getItem(key) !== raw; i++) key = `${name}:unreadable:${i}`;
    localStorage.setItem(key, raw);
  } catch {
    // Storage unavailable or full: the data stays where it was, and the reader is still told.
  }
  addNotice({ kind: "preferences-kept-aside" });
}

/** localStorage that never throws, and that keeps unreadable data aside instead of losing it. */
const safeLocalStorage: StateStorage = {
  getItem(name) {
    let raw: string | null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      return null; // Unavailable (private mode, blocked, or the server): start from defaults.
    }
    if (raw === null) return null;
    try {
      JSON.parse(raw);
      return raw;
    } catch {
      keepAside(name, raw);
      return null;
    }
  },
  setItem(name, value) {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Full or blocked storage: preferences and progress last for this visit only. Tell once.
      addNotice({ kind: "preferences-not-saved" });
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
    partialize: (s) => ({ lang: s.lang, theme: s.theme, expanded: s.expanded, progress: s.progress, resume: s.resume, reading: s.reading }),
    migrate: (stored, version) => migrate(stored, version),
    merge: (stored, current) => mergeStored(stored, current),
  };
}
