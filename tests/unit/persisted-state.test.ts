/** Stored preferences and progress: whatever is in storage, the reader starts, and nothing valid is thrown away. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULTS, mergeStored, migrate, sanitize, STORAGE_VERSION } from "../../src/app/store/persisted";
import { DEFAULT_READING } from "../../src/features/progress/reading-settings";

function fakeLocalStorage(): Map<string, string> {
  const data = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  });
  return data;
}

describe("persisted state", () => {
  let storage: Map<string, string>;
  beforeEach(() => {
    storage = fakeLocalStorage();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("migrates version 1 (lang, theme, expanded) to version 2 with every field kept", () => {
    expect(STORAGE_VERSION).toBe(2);
    const v1 = { lang: "zh", theme: "dark", expanded: { overview: true, "pre-training": false } };
    expect(migrate(v1, 1)).toEqual({ ...v1, progress: {}, resume: null, reading: DEFAULT_READING });
    expect(storage.size).toBe(0);
  });

  it("keeps valid fields, defaults the rest, and keeps the unreadable data aside", () => {
    const stored = { lang: "zh", theme: "purple", expanded: { overview: true, bad: "yes" } };
    expect(migrate(stored, 1)).toEqual({ ...DEFAULTS, lang: "zh", expanded: { overview: true } });
    expect(JSON.parse(storage.get("llm-survey-reader:unreadable") ?? "null")).toEqual(stored);
  });

  it("never overwrites data kept aside earlier", () => {
    storage.set("llm-survey-reader:unreadable", '"first"');
    migrate({ theme: 7 }, 1);
    expect(storage.get("llm-survey-reader:unreadable")).toBe('"first"');
    expect(storage.get("llm-survey-reader:unreadable:2")).toBe('{"theme":7}');
  });

  it("falls back to defaults for data of an unknown shape", () => {
    for (const junk of [null, 42, "text", [], { lang: "fr" }]) expect(migrate(junk, 1)).toEqual(DEFAULTS);
  });

  it("ignores fields it does not know", () => {
    expect(sanitize({ theme: "dark", somethingElse: 1 })).toEqual({ theme: "dark" });
  });

  it("drops read marks of malformed pages but keeps the others", () => {
    const progress = { "section:architecture": { read: true, at: 5 }, "not a page": { read: true, at: 5 }, "section:x": { read: "yes", at: 1 } };
    expect(sanitize({ progress }).progress).toEqual({ "section:architecture": { read: true, at: 5 } });
  });

  it("merges another tab's read marks page by page, the later mark winning", () => {
    const mine = { ...DEFAULTS, progress: { "section:a": { read: true, at: 10 }, "section:b": { read: true, at: 10 } } };
    const theirs = { progress: { "section:b": { read: false, at: 20 }, "section:c": { read: true, at: 5 } } };
    expect(mergeStored(theirs, mine).progress).toEqual({
      "section:a": { read: true, at: 10 },
      "section:b": { read: false, at: 20 },
      "section:c": { read: true, at: 5 },
    });
  });

  it("keeps the later place to resume", () => {
    const older = { lang: "en" as const, chapter: "overview", section: null, heading: null, at: 1 };
    const newer = { lang: "en" as const, chapter: "pre-training", section: "architecture", heading: "mainstream", at: 2 };
    expect(mergeStored({ resume: older }, { ...DEFAULTS, resume: newer }).resume).toEqual(newer);
    expect(mergeStored({ resume: newer }, { ...DEFAULTS, resume: older }).resume).toEqual(newer);
  });
});
