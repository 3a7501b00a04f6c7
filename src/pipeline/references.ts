/**
 * Stage 0a: content/references.json — the papers `cite:` links point at. Each entry needs an id, a
 * title and a URL; a year, when given, is a whole number. Authors and venue are kept as listed.
 */
import type { PaperRef } from "../shared/types";
import { readJsonEntries } from "./json-data";
import { type Place, Problems, quote } from "./problems";

export interface Reference extends PaperRef {
  arxivId: string | null;
  /** Where the entry starts in references.json, for warnings. */
  place: Place;
}

const KNOWN = new Set(["id", "title", "year", "url", "arxiv_id", "authors_as_listed", "venue_as_listed", "model_name"]);
const URL_PATTERN = /^https?:\/\/\S+$/;

export function readReferences(file: string, source: string, problems: Problems): Reference[] {
  const seen = new Map<string, Place>();
  const references: Reference[] = [];
  for (const { value, start, placeOf } of readJsonEntries(file, source, problems)) {
    for (const key of Object.keys(value)) {
      if (!KNOWN.has(key)) problems.add(file, placeOf(key), `unknown field ${quote(key)} in a reference: expected one of ${[...KNOWN].join(", ")}`);
    }
    const id = typeof value.id === "string" ? value.id : "";
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id)) {
      problems.add(file, placeOf("id"), `reference id ${quote(String(value.id ?? ""))}: expected letters, digits, - or _`);
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) problems.add(file, placeOf("id"), `duplicate reference id "${id}": expected ids to be unique, already used at ${file}:${earlier.line}:${earlier.column}`);
    seen.set(id, start);
    const title = typeof value.title === "string" ? value.title.trim() : "";
    if (!title) problems.add(file, placeOf("title"), `reference "${id}" has no title: expected "title": "…"`);
    const url = typeof value.url === "string" ? value.url : "";
    if (!URL_PATTERN.test(url)) {
      problems.add(file, placeOf("url"), `reference "${id}" has no URL: found ${quote(String(value.url ?? "nothing"))}, expected "url": "https://…" (a page you have checked)`);
    }
    const year = value.year ?? null;
    if (year !== null && !(Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2100)) {
      problems.add(file, placeOf("year"), `malformed year in reference "${id}": found ${JSON.stringify(year)}, expected a four-digit year such as 2023, or null`);
    }
    references.push({
      id,
      title,
      url,
      year: typeof year === "number" ? year : null,
      authors: text(value.authors_as_listed),
      venue: text(value.venue_as_listed),
      arxivId: text(value.arxiv_id),
      place: start,
    });
  }
  return references;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}
