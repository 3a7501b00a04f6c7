/** Where records are kept: IndexedDB in the browser, a Map in unit tests. */
import { del, entries, get, set, setMany } from "idb-keyval";
import { studyDb } from "./idb";
import type { StudyRecord } from "./model";

export interface RecordBackend {
  entries(): Promise<[IDBValidKey, unknown][]>;
  get(key: string): Promise<unknown>;
  put(record: StudyRecord): Promise<void>;
  putMany(records: StudyRecord[]): Promise<void>;
  remove(key: string): Promise<void>;
  /** Stores an unreadable value under another key, then removes it from its own. */
  moveAside(key: IDBValidKey, asideKey: string, value: unknown): Promise<void>;
}

export const idbBackend: RecordBackend = {
  entries: () => entries(studyDb()),
  get: (key) => get(key, studyDb()),
  put: (record) => set(record.id, record, studyDb()),
  putMany: (records) => setMany(records.map((r) => [r.id, r]), studyDb()),
  remove: (key) => del(key, studyDb()),
  async moveAside(key, asideKey, value) {
    await set(asideKey, value, studyDb());
    await del(key, studyDb());
  },
};
