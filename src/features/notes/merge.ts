/**
 * How imported records meet the reader's own, by id. Nothing is overwritten silently: the plan says
 * what would be added, what would replace an older copy, and what is skipped, and is shown before
 * anything is written. The newer copy (by `updated`) wins; the reader's copy wins a tie.
 */
import type { StudyRecord } from "./model";

export interface MergePlan {
  /** Records the reader doesn't have. */
  add: StudyRecord[];
  /** Imported copies newer than the reader's. */
  replace: StudyRecord[];
  /** Imported copies identical to the reader's. */
  same: number;
  /** Imported copies older than the reader's (the reader's are kept). */
  older: number;
}

export function planMerge(mine: readonly StudyRecord[], incoming: readonly StudyRecord[]): MergePlan {
  const byId = new Map(mine.map((r) => [r.id, r]));
  const plan: MergePlan = { add: [], replace: [], same: 0, older: 0 };
  // The same id twice in one file: its newest copy counts.
  for (const record of newestById(incoming)) {
    const own = byId.get(record.id);
    if (!own) plan.add.push(record);
    else if (sameRecord(own, record)) plan.same++;
    else if (Date.parse(record.updated) > Date.parse(own.updated)) plan.replace.push(record);
    else plan.older++;
  }
  return plan;
}

/** The records after the plan is applied. */
export function applyMerge(mine: readonly StudyRecord[], plan: MergePlan): StudyRecord[] {
  const replaced = new Map(plan.replace.map((r) => [r.id, r]));
  return [...mine.map((r) => replaced.get(r.id) ?? r), ...plan.add];
}

function newestById(records: readonly StudyRecord[]): StudyRecord[] {
  const newest = new Map<string, StudyRecord>();
  for (const r of records) {
    const seen = newest.get(r.id);
    if (!seen || Date.parse(r.updated) > Date.parse(seen.updated)) newest.set(r.id, r);
  }
  return [...newest.values()];
}

function sameRecord(a: StudyRecord, b: StudyRecord): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted keys, so key order doesn't make two equal records differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
