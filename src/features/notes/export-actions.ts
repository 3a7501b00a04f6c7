/** Downloads of everything the reader has, as JSON (for import) or Markdown (for reading). */
import tocs from "virtual:reader/toc";
import type { Lang } from "../../shared/types";
import { datedName, download } from "./download";
import { type StudyData, toExportJson, toMarkdown } from "./export-formats";
import { NOTES_TEXT } from "./notes-text";
import { studyStore } from "./study-layer";

export type ReadingData = Omit<StudyData, "records">;

export async function exportJson(reading: ReadingData): Promise<void> {
  await studyStore.ready;
  download(datedName("json"), toExportJson({ ...reading, records: studyStore.all() }, new Date()), "application/json");
}

export async function exportMarkdown(lang: Lang): Promise<void> {
  await studyStore.ready;
  const t = NOTES_TEXT[lang];
  // Links in the file point at this site, wherever it is deployed.
  const site = window.location.origin + window.location.pathname.replace(/\/[a-z]{2}\/notes\/?$/, "");
  const md = toMarkdown(studyStore.all(), tocs[lang], site, { title: t.markdownTitle, bookmark: t.bookmark, orphaned: t.orphanedShort, elsewhere: t.elsewhere });
  download(datedName("md"), md, "text/markdown");
}
