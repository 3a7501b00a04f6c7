/**
 * The IndexedDB database of study records (one record per key, so two tabs writing different
 * records never overwrite each other). Small enough for the first bundle: pages ask it whether the
 * reader has any study data before loading the annotation code.
 */
import { createStore, keys, type UseStore } from "idb-keyval";

let db: UseStore | null = null;

export function studyDb(): UseStore {
  db ??= createStore("llm-survey-reader", "records");
  return db;
}

/** Tabs announce the records they wrote on this channel. */
export const RECORDS_CHANNEL = "llm-survey-reader:records";

/** Keys of records kept aside because they could not be read. */
export const ASIDE_PREFIX = "aside:";

/** False when there is nothing stored, or IndexedDB can't be opened (the layer then tells why). */
export async function hasStudyData(): Promise<boolean> {
  try {
    return (await keys(studyDb())).length > 0;
  } catch {
    return true; // Let the annotation layer find out what's wrong and tell the reader.
  }
}
