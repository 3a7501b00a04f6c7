/** The records store: damaged records are kept aside, failed writes keep what the reader wrote and say so. */
import { afterEach, describe, expect, it } from "vitest";
import type { Highlight } from "../../src/features/notes/model";
import type { RecordBackend } from "../../src/features/notes/record-backend";
import { StudyStore } from "../../src/features/notes/study-store";
import { currentNotices, dismissNotice } from "../../src/shared/notices";

const NOW = "2026-12-01T10:00:00.000Z";
const highlight = (id: string): Highlight => ({
  type: "highlight",
  id,
  page: "section:architecture",
  lang: "en",
  target: { quote: { type: "TextQuoteSelector", exact: "attention", prefix: "", suffix: "" }, position: { type: "TextPositionSelector", start: 0, end: 9 } },
  color: "yellow",
  note: "",
  created: NOW,
  updated: NOW,
});

function memoryBackend(initial: [string, unknown][] = [], failWrites = false): RecordBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  const write = async (f: () => void) => {
    if (failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    f();
  };
  return {
    data,
    entries: async () => [...data.entries()],
    get: async (key) => data.get(key),
    put: (r) => write(() => data.set(r.id, r)),
    putMany: (rs) => write(() => rs.forEach((r) => data.set(r.id, r))),
    remove: (key) => write(() => data.delete(key)),
    moveAside: async (key, aside, value) => {
      data.set(aside, value);
      data.delete(String(key));
    },
  };
}

describe("study store", () => {
  afterEach(() => {
    dismissNotice("study-kept-aside");
    dismissNotice("study-not-saved");
  });

  it("loads valid records and keeps damaged ones aside, unchanged", async () => {
    const broken = { type: "highlight", id: "highlight:broken", color: 7 };
    const backend = memoryBackend([
      ["highlight:ok", highlight("highlight:ok")],
      ["highlight:broken", broken],
      ["highlight:mismatch", highlight("highlight:other-id")],
    ]);
    const store = new StudyStore(backend, null);
    await store.ready;
    expect(store.all().map((r) => r.id)).toEqual(["highlight:ok"]);
    const aside = [...backend.data.entries()].filter(([k]) => k.startsWith("aside:"));
    expect(aside.map(([k]) => k.replace(/:\d+$/, "")).sort()).toEqual(["aside:highlight:broken", "aside:highlight:mismatch"]);
    expect(aside.find(([k]) => k.startsWith("aside:highlight:broken"))?.[1]).toEqual(broken);
    expect(currentNotices()).toEqual([{ kind: "study-kept-aside", count: 2 }]);
    // A second start finds nothing new to report.
    const again = new StudyStore(backend, null);
    await again.ready;
    expect(again.all().map((r) => r.id)).toEqual(["highlight:ok"]);
  });

  it("keeps a record on screen when storage refuses it, and saves it with the next write that works", async () => {
    const backend = memoryBackend([], true);
    const store = new StudyStore(backend, null);
    await store.ready;
    await store.put(highlight("highlight:1"));
    expect(store.all().map((r) => r.id)).toEqual(["highlight:1"]);
    expect(backend.data.size).toBe(0);
    expect(currentNotices()).toEqual([{ kind: "study-not-saved", reason: "QuotaExceededError: The quota has been exceeded." }]);

    const working = memoryBackend();
    Object.assign(backend, { putMany: working.putMany, data: working.data });
    await store.put(highlight("highlight:2"));
    expect([...working.data.keys()].sort()).toEqual(["highlight:1", "highlight:2"]);
  });

  it("starts empty, without failing, when the database can't be opened", async () => {
    const backend = memoryBackend();
    backend.entries = async () => {
      throw new DOMException("Access denied", "SecurityError");
    };
    const store = new StudyStore(backend, null);
    await store.ready;
    expect(store.getSnapshot()).toEqual({ status: "ready", records: [] });
    expect(currentNotices()).toEqual([{ kind: "study-not-saved", reason: "SecurityError: Access denied" }]);
  });

  it("applies an import plan without losing the reader's own records", async () => {
    const backend = memoryBackend([["highlight:mine", highlight("highlight:mine")]]);
    const store = new StudyStore(backend, null);
    await store.ready;
    await store.applyImport({ add: [highlight("highlight:theirs")], replace: [], same: 0, older: 0 });
    expect([...backend.data.keys()].sort()).toEqual(["highlight:mine", "highlight:theirs"]);
  });
});
