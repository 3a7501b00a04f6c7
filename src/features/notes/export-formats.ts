/**
 * Export files: JSON (everything, read back by import; documented in docs/study-data.md) and
 * Markdown (quotes and notes by chapter, with links, for reading elsewhere).
 */
import { numbered } from "../../shared/reading-order";
import type { Toc } from "../../shared/types";
import { groupByChapter, hrefOf } from "./book-order";
import type { StudyRecord } from "./model";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ProgressEntry, type ResumePoint } from "./schema";

export interface StudyData {
  records: StudyRecord[];
  progress: Record<string, ProgressEntry>;
  resume: ResumePoint | null;
}

export function toExportJson(data: StudyData, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // A stable order, so two exports of the same data compare equal.
    records: [...data.records].sort((a, b) => a.id.localeCompare(b.id)),
    progress: data.progress as ExportFile["progress"],
    resume: data.resume,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface MarkdownText {
  title: string;
  bookmark: string;
  orphaned: string;
  elsewhere: string;
}

/** `origin` + base make the links absolute, so they work from wherever the file is read. */
export function toMarkdown(records: readonly StudyRecord[], toc: Toc, siteUrl: string, text: MarkdownText): string {
  const lines = [`# ${text.title}`, ""];
  for (const group of groupByChapter(records, toc)) {
    lines.push(`## ${group.chapter ? `${group.chapter.number} ${group.chapter.title}` : text.elsewhere}`, "");
    for (const { record, where } of group.items) {
      const link = where ? siteUrl.replace(/\/$/, "") + hrefOf(record, toc, where) : null;
      const place = where?.section ? numbered(where.section.number, where.section.title) : (where?.chapter.title ?? record.page);
      if (record.type === "bookmark") {
        lines.push(`- ${text.bookmark}: ${link ? `[${escapeText(record.title || place)}](${link})` : escapeText(record.title)}`, "");
        continue;
      }
      lines.push(`### ${link ? `[${escapeText(place)}](${link})` : escapeText(place)}${record.orphaned ? ` (${text.orphaned})` : ""}`, "");
      lines.push(...record.target.quote.exact.trim().split("\n").map((line) => `> ${line}`), "");
      if (record.note.trim()) lines.push(record.note.trim(), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Square brackets would end a link's text early. */
function escapeText(text: string): string {
  return text.replace(/([[\]\\])/g, "\\$1");
}
