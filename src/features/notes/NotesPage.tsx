/**
 * /{lang}/notes/: every bookmark, highlight and note, by chapter in book order, searchable, each
 * linking back to its place; notes edited in place, deletions undoable; export and import. The
 * prerendered page is an empty shell; the list fills from IndexedDB once hydrated.
 */
import { useMemo, useState, useSyncExternalStore } from "react";
import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { useHydrated } from "../../shared/notices";
import type { Lang } from "../../shared/types";
import { groupByChapter, hrefOf, type Located } from "./book-order";
import { exportJson, exportMarkdown, type ReadingData } from "./export-actions";
import { NoteForm } from "./HighlightToolbar";
import { ImportPanel } from "./ImportPanel";
import type { StudyRecord } from "./model";
import { NOTES_TEXT } from "./notes-text";
import { NoteView } from "./NoteView";
import type { ExportFile } from "./schema";
import { studyStore } from "./study-layer";
import { RemovedToast } from "./UndoToast";
import { numbered } from "../../shared/reading-order";
import "./notes.css";

interface Props {
  lang: Lang;
  reading: ReadingData;
  onImportReading: (file: ExportFile) => void;
}

const LOADING = { status: "loading" as const, records: [] as readonly StudyRecord[] };

export default function NotesPage({ lang, reading, onImportReading }: Props) {
  const t = NOTES_TEXT[lang];
  const hydrated = useHydrated();
  // The server (and hydration) render the loading shell; the store fills it afterwards.
  const { status, records } = useSyncExternalStore(studyStore.subscribe, studyStore.getSnapshot, () => LOADING);
  const [query, setQuery] = useState("");
  const [removed, setRemoved] = useState<StudyRecord | null>(null);
  const shown = useMemo(() => filterRecords(records, query), [records, query]);
  const groups = useMemo(() => groupByChapter(shown, tocs[lang]), [shown, lang]);
  const ready = hydrated && status === "ready";

  return (
    <article className="notes-page">
      <h1>{t.notesTitle}</h1>
      <p className="lede">{t.notesIntro}</p>
      <noscript>
        <p>{t.needsJavaScript}</p>
      </noscript>
      <div className="notes-tools">
        <label className="notes-search">
          <span>{t.searchNotes}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} disabled={!ready} />
        </label>
        <button type="button" disabled={!ready} onClick={() => void exportJson(reading)}>
          {t.exportJson}
        </button>
        <button type="button" disabled={!ready} onClick={() => void exportMarkdown(lang)}>
          {t.exportMarkdown}
        </button>
        {ready ? <ImportPanel lang={lang} onImportReading={onImportReading} /> : null}
      </div>
      {!ready ? (
        <p className="loading">{t.loadingNotes}</p>
      ) : records.length === 0 ? (
        <p className="notes-empty">{t.empty}</p>
      ) : shown.length === 0 ? (
        <p className="notes-empty">{t.noMatches(query)}</p>
      ) : (
        <>
          <p className="notes-count" role="status">
            {t.count(shown.length)}
          </p>
          {groups.map((group) => (
            <section key={group.chapter?.id ?? "elsewhere"} aria-labelledby={`notes-${group.chapter?.id ?? "elsewhere"}`}>
              <h2 id={`notes-${group.chapter?.id ?? "elsewhere"}`}>{group.chapter ? `${group.chapter.number} ${group.chapter.title}` : t.elsewhere}</h2>
              <ul className="notes-list">
                {group.items.map(({ record, where }) => (
                  <NoteItem
                    key={record.id}
                    lang={lang}
                    record={record}
                    where={where}
                    onRemove={() => void studyStore.remove(record.id).then((r) => r && setRemoved(r))}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {removed ? (
        <RemovedToast key={removed.id} record={removed} message={t.removed} undoLabel={t.undo} onDone={() => setRemoved(null)} />
      ) : null}
    </article>
  );
}

function NoteItem({ lang, record, where, onRemove }: { lang: Lang; record: StudyRecord; where: Located | null; onRemove: () => void }) {
  const t = NOTES_TEXT[lang];
  const [editing, setEditing] = useState(false);
  const place = where ? (where.section ? numbered(where.section.number, where.section.title) : where.chapter.title) : record.page;
  const href = where ? hrefOf(record, tocs[lang], where) : null;
  const otherLang = record.lang !== lang;
  if (record.type === "bookmark") {
    return (
      <li className="note-item note-bookmark">
        <span aria-hidden="true">☆ </span>
        {href ? <Link href={href}>{record.title || place}</Link> : record.title}
        <span className="note-place"> · {t.bookmark}</span>{" "}
        <button type="button" className="note-delete" onClick={onRemove} aria-label={`${t.remove}: ${record.title}`}>
          {t.remove}
        </button>
      </li>
    );
  }
  const quote = record.target.quote.exact;
  return (
    <li className={`note-item note-highlight note-${record.color}`} lang={otherLang ? (record.lang === "zh" ? "zh-CN" : "en") : undefined}>
      <p className="note-place">
        {place}
        {record.orphaned ? <strong className="note-orphaned"> · {t.orphaned}</strong> : null}
      </p>
      <blockquote className="note-quote">{quote}</blockquote>
      {editing ? (
        <NoteForm
          id={`edit-${record.id}`}
          lang={lang}
          initial={record.note}
          onCancel={() => setEditing(false)}
          onSave={(note) => {
            setEditing(false);
            void studyStore.put({ ...record, note, updated: new Date().toISOString() });
          }}
        />
      ) : record.note ? (
        <NoteView text={record.note} taskLabel={t.noteLabel} />
      ) : null}
      <p className="note-actions">
        {href ? <Link href={href}>{t.goToPassage}</Link> : null}
        {!editing ? (
          <button type="button" onClick={() => setEditing(true)} aria-label={`${record.note ? t.editNote : t.addNote}: ${clip(quote)}`}>
            {record.note ? t.editNote : t.addNote}
          </button>
        ) : null}
        <button type="button" onClick={onRemove} aria-label={`${t.remove}: ${clip(quote)}`}>
          {t.remove}
        </button>
      </p>
    </li>
  );
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function filterRecords(records: readonly StudyRecord[], query: string): StudyRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...records];
  // Markdown's marks (**, _, [](), `) don't stand between the reader's words and their note.
  const plain = (text: string) => text.replace(/[*_~`#>[\]()]/g, "").toLowerCase();
  return records.filter((r) => plain(r.type === "bookmark" ? r.title : `${r.target.quote.exact}\n${r.note}`).includes(q));
}
