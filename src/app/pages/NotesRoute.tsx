/** The notes page, given the reading progress it exports and imports (kept in the app's store). */
import NotesPage from "../../features/notes/NotesPage";
import type { ExportFile } from "../../features/notes/schema";
import { mergeLatest } from "../../features/progress/merge-latest";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { NOTES_TEXT } from "../../features/notes/notes-text";
import { useReader } from "../store";
import { useDocumentTitle } from "./page-hooks";

export function NotesRoute({ lang }: { lang: Lang }) {
  useDocumentTitle(NOTES_TEXT[lang].notesTitle, UI[lang].bookTitle);
  const progress = useReader((s) => s.progress);
  const resume = useReader((s) => s.resume);
  return <NotesPage lang={lang} reading={{ progress, resume }} onImportReading={importReading} />;
}

/** Imported marks meet the reader's page by page (the later wins); the later place to resume wins. */
function importReading(file: ExportFile): void {
  const { progress, resume } = useReader.getState();
  const later = file.resume && (!resume || file.resume.at > resume.at) ? file.resume : resume;
  useReader.setState({ progress: mergeLatest(progress, file.progress), resume: later });
}
