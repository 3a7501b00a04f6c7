/** Stage 2: front matter checked against a schema; each issue becomes a placed problem. */
import { z } from "zod";
import { THEMES } from "../shared/types";
import type { FrontMatter } from "./parse";
import { Problems, quote } from "./problems";

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const kebab = z.string().regex(KEBAB_ID);
const text = z.string().trim().min(1);

export const chapterSchema = z.strictObject({
  id: kebab,
  number: z.number().int().positive(),
  title: text,
  summary: text,
});

export const conceptSchema = z.strictObject({
  id: kebab,
  title: text,
  short: text.optional(),
  aliases: z.array(text).min(1),
  related: z.array(kebab),
  theme: z.enum(THEMES),
  summary: text,
});

/** What each field should hold, in words, for messages. */
const EXPECTED: Record<string, string> = {
  id: 'a kebab-case id such as "pre-training"',
  number: "a positive integer",
  title: "a non-empty string",
  summary: "a one-sentence string",
  short: "a short name or acronym (string)",
  aliases: "a list of names, e.g. [RLHF, 基于人类反馈的强化学习]",
  related: "a list of concept ids, e.g. [reward-model, ppo]",
  theme: `one of ${THEMES.join(", ")}`,
};

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `string ${quote(value)}`;
  if (typeof value === "object") return "a map";
  return `${typeof value} ${String(value)}`;
}

export interface Checked<T> {
  value: T;
  /** Fields that failed and hold a fallback: later checks skip them instead of repeating the error. */
  invalid: Set<string>;
}

/**
 * Checks front matter and always returns usable values: a field that fails is reported here and
 * replaced by its fallback, so one typo doesn't cascade into "missing file" or "unknown link" errors.
 */
export function checkFrontMatter<S extends z.ZodObject>(
  schema: S,
  fallback: z.infer<S>,
  file: string,
  fm: FrontMatter,
  problems: Problems,
): Checked<z.infer<S>> {
  const result = schema.safeParse(fm.data);
  if (result.success) return { value: result.data, invalid: new Set() };
  const value: Record<string, unknown> = { ...fallback };
  const invalid = new Set<string>();
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse(fm.data[key]);
    if (parsed.success) value[key] = parsed.data;
    else invalid.add(key);
  }
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    const path = issue.path.join(".");
    const expected = EXPECTED[key] ?? "a valid value";
    const found = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], fm.data);
    if (issue.code === "unrecognized_keys") {
      for (const unknown of issue.keys) {
        const allowed = Object.keys(schema.shape).join(", ");
        problems.add(file, fm.keyPlaceOf(unknown), `unknown front matter field "${unknown}": expected one of ${allowed}`);
      }
    } else if (found === undefined && issue.path.length === 1) {
      problems.add(file, fm.start, `front matter field "${key}" is missing: expected ${expected}`);
    } else {
      problems.add(file, fm.placeOf(path), `front matter field "${path}" is ${describe(found)}: expected ${expected}`);
    }
  }
  return { value: value as z.infer<S>, invalid };
}
