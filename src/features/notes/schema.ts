/**
 * The shape of every stored record and of an export file, as one zod schema (zod/mini: the same
 * checks at a quarter of the weight). Stored records and imported files pass the same checks, and
 * a failure is told as "where: found what, expected what".
 */
import * as z from "zod/mini";
import { COLORS, type StudyRecord } from "./model";

export const EXPORT_FORMAT = "llm-survey-reader";
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are read: a real export is a few hundred KB at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const id = z.string().check(z.minLength(1), z.maxLength(300));
const time = z.iso.datetime({ offset: true });
const lang = z.enum(["en", "zh"]);
const page = z.templateLiteral([z.enum(["chapter", "section"]), ":", z.string().check(z.regex(/^[a-z0-9-]+$/))]);
const offset = z.int().check(z.nonnegative());

const highlight = z.object({
  type: z.literal("highlight"),
  id,
  page,
  lang,
  target: z.object({
    quote: z.object({
      type: z.literal("TextQuoteSelector"),
      exact: z.string().check(z.minLength(1), z.maxLength(10_000)),
      prefix: z.string().check(z.maxLength(200)),
      suffix: z.string().check(z.maxLength(200)),
    }),
    position: z.object({ type: z.literal("TextPositionSelector"), start: offset, end: offset }),
  }),
  color: z.enum(COLORS),
  note: z.string().check(z.maxLength(50_000)),
  orphaned: z.optional(z.boolean()),
  created: time,
  updated: time,
});

const bookmark = z.object({
  type: z.literal("bookmark"),
  id,
  page,
  lang,
  heading: z.string().check(z.minLength(1), z.maxLength(300)),
  title: z.string().check(z.maxLength(500)),
  created: time,
  updated: time,
});

export const studyRecord = z.discriminatedUnion("type", [highlight, bookmark]);

export const progressEntry = z.object({ read: z.boolean(), at: z.number() });
export const resumePoint = z.object({
  lang,
  chapter: z.string(),
  section: z.nullable(z.string()),
  heading: z.nullable(z.string()),
  at: z.number(),
});

export const exportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
  records: z.array(studyRecord).check(z.maxLength(100_000)),
  progress: z.record(page, progressEntry),
  resume: z.nullable(resumePoint),
});

export type ExportFile = z.infer<typeof exportFile>;
export type ProgressEntry = z.infer<typeof progressEntry>;
export type ResumePoint = z.infer<typeof resumePoint>;

// The schema and the hand-written types must describe the same records.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordsAgree: Same<z.infer<typeof studyRecord>, StudyRecord> = true;
void recordsAgree;

export function parseRecord(value: unknown): StudyRecord | null {
  const result = studyRecord.safeParse(value);
  return result.success ? result.data : null;
}

/** "records[2].color: found "purple", expected one of "yellow", "green", "blue", "pink"" */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown, limit = 5): string[] {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${found(valueAt(input, issue.path))}, ${expected(issue)}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more`);
  return lines;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the whole file)";
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function found(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "found null";
  if (Array.isArray(value)) return `found a list of ${value.length}`;
  if (typeof value === "object") return "found an object";
  const text = JSON.stringify(value);
  return `found ${typeof value === "string" ? "" : `${typeof value} `}${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

function expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "invalid_format":
      return `expected ${issue.format === "datetime" ? "an ISO 8601 date-time" : `the ${issue.format} format`}`;
    case "too_small":
      return `expected at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}`;
    case "too_big":
      return `expected at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
    case "invalid_union":
      return "expected a record of type \"highlight\" or \"bookmark\"";
    case "invalid_key":
      return "expected a page such as \"section:architecture\" as the key";
    default:
      return `expected something else (${issue.code})`;
  }
}
