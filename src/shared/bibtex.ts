/**
 * BibTeX from the fields we have — never more. Every entry is `@misc` (we don't know reliably which
 * are articles and which are proceedings papers); authors "as listed" become `X and others` when
 * the listing ends in "et al."; the venue as listed goes into `note`.
 */
import type { PaperEntry } from "./types";

export function toBibtex(paper: Pick<PaperEntry, "id" | "title" | "authors" | "venue" | "year" | "url" | "arxivId">): string {
  const fields: [string, string][] = [["title", `{${escape(paper.title)}}`]];
  if (paper.authors) fields.push(["author", escape(bibAuthors(paper.authors))]);
  if (paper.year !== null) fields.push(["year", String(paper.year)]);
  if (paper.venue) fields.push(["note", escape(paper.venue)]);
  if (paper.arxivId) fields.push(["eprint", paper.arxivId], ["archivePrefix", "arXiv"]);
  fields.push(["url", paper.url]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
  return `@misc{${paper.id},\n${body}\n}`;
}

export function toBibtexFile(papers: Parameters<typeof toBibtex>[0][]): string {
  return `${papers.map(toBibtex).join("\n\n")}\n`;
}

/** "A, B and C et al." → "A and B and C and others". */
function bibAuthors(listed: string): string {
  const etAl = /\s*,?\s*et al\.?\s*$/i.test(listed);
  const names = listed
    .replace(/\s*,?\s*et al\.?\s*$/i, "")
    .split(/\s*,\s*|\s+and\s+/)
    .filter(Boolean);
  return [...names, ...(etAl ? ["others"] : [])].join(" and ");
}

/** TeX's special characters, so a title with "&" or "%" still compiles. */
function escape(text: string): string {
  return text.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}
