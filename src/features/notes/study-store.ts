/**
 * The reader's records in memory, mirrored to IndexedDB one record at a time. Memory is what the
 * screen shows: a write that fails (storage full, blocked, private mode) keeps the record on screen,
 * and the reader is told and offered an export. Other tabs hear of each write on a
 * BroadcastChannel and read the changed records back, so both tabs' new records survive.
 */
import { addNotice } from "../../shared/notices";
import { ASIDE_PREFIX } from "./idb";
import { applyMerge, type MergePlan } from "./merge";
import type { StudyRecord } from "./model";
import type { RecordBackend } from "./record-backend";
import { parseRecord } from "./schema";

export type StoreStatus = "loading" | "ready";

interface Snapshot {
  status: StoreStatus;
  records: readonly StudyRecord[];
}

type Message = { changed: string[] };

export class StudyStore {
  private records = new Map<string, StudyRecord>();
  private snapshot: Snapshot = { status: "loading", records: [] };
  private listeners = new Set<() => void>();
  private channel: BroadcastChannel | null = null;
  private unsaved = new Set<string>();
  readonly ready: Promise<void>;

  constructor(
    private backend: RecordBackend,
    channelName: string | null,
    load = true,
  ) {
    if (channelName && typeof BroadcastChannel !== "undefined") {
      this.channel = new BroadcastChannel(channelName);
      this.channel.onmessage = (event: MessageEvent<Message>) => void this.reread(event.data.changed);
    }
    this.ready = load ? this.load() : Promise.resolve();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.snapshot;

  get(id: string): StudyRecord | undefined {
    return this.records.get(id);
  }

  all(): StudyRecord[] {
    return [...this.records.values()];
  }

  /** Adds or replaces records; stamps nothing (callers set `updated`). */
  async put(...records: StudyRecord[]): Promise<void> {
    for (const r of records) this.records.set(r.id, r);
    this.changed();
    await this.save(records);
  }

  /** Removes a record and returns it, for undo. */
  async remove(id: string): Promise<StudyRecord | undefined> {
    const record = this.records.get(id);
    if (!record) return undefined;
    this.records.delete(id);
    this.unsaved.delete(id);
    this.changed();
    try {
      await this.backend.remove(id);
      this.broadcast([id]);
    } catch (error) {
      this.failed(error);
    }
    return record;
  }

  async applyImport(plan: MergePlan): Promise<void> {
    const merged = applyMerge(this.all(), plan);
    this.records = new Map(merged.map((r) => [r.id, r]));
    this.changed();
    await this.save([...plan.add, ...plan.replace]);
  }

  private async load(): Promise<void> {
    try {
      const stored = await this.backend.entries();
      let keptAside = 0;
      for (const [key, value] of stored) {
        if (typeof key === "string" && key.startsWith(ASIDE_PREFIX)) continue;
        const record = parseRecord(value);
        if (record && record.id === key) {
          // A record written meanwhile in this tab is newer than the stored copy.
          if (!this.records.has(record.id)) this.records.set(record.id, record);
          continue;
        }
        keptAside++;
        await this.backend.moveAside(key, `${ASIDE_PREFIX}${String(key)}:${Date.now()}`, value).catch(() => undefined);
      }
      if (keptAside > 0) addNotice({ kind: "study-kept-aside", count: keptAside });
    } catch (error) {
      this.failed(error);
    }
    this.snapshot = { status: "ready", records: this.all() };
    this.listeners.forEach((l) => l());
  }

  private async save(records: StudyRecord[]): Promise<void> {
    // Records that failed to save before get another chance with this write.
    const retry = [...this.unsaved].map((id) => this.records.get(id)).filter((r): r is StudyRecord => r !== undefined);
    const toSave = [...new Map([...retry, ...records].map((r) => [r.id, r])).values()];
    try {
      await this.backend.putMany(toSave);
      this.unsaved.clear();
      this.broadcast(toSave.map((r) => r.id));
    } catch (error) {
      for (const r of toSave) this.unsaved.add(r.id);
      this.failed(error);
    }
  }

  /** Another tab changed these records: read them back (a missing one was deleted there). */
  private async reread(ids: string[]): Promise<void> {
    for (const id of ids) {
      const record = parseRecord(await this.backend.get(id).catch(() => undefined));
      if (record) this.records.set(id, record);
      else if (!this.unsaved.has(id)) this.records.delete(id);
    }
    this.changed();
  }

  private broadcast(changed: string[]): void {
    this.channel?.postMessage({ changed } satisfies Message);
  }

  private failed(error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    addNotice({ kind: "study-not-saved", reason });
  }

  private changed(): void {
    this.snapshot = { status: this.snapshot.status, records: this.all() };
    this.listeners.forEach((l) => l());
  }
}
