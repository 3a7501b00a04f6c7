/** Stage 2: front matter checked against a schema; each issue becomes a placed problem. */
import { z } from "zod";
import type { FrontMatter } from "./parse";
import { Problems, quote } from "./problems";

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const THEMES = [
  "foundations",
  "data",
  "architecture",
  "training",
  "post-training",
  "utilization",
  "evaluation",
  "efficiency",
  "applications",
  "safety",
] as const;
export type Theme = (typeof THEMES)[number];

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

export function checkFrontMatter<S extends z.ZodType>(
  schema: S,
  file: string,
  fm: FrontMatter,
  problems: Problems,
): z.infer<S> | null {
  const result = schema.safeParse(fm.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    const path = issue.path.join(".");
    const expected = EXPECTED[key] ?? "a valid value";
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], fm.data);
    if (issue.code === "unrecognized_keys") {
      for (const unknown of issue.keys) {
        const allowed = Object.keys((schema as unknown as z.ZodObject).shape).join(", ");
        problems.add(file, fm.placeOf(unknown), `unknown front matter field "${unknown}": expected one of ${allowed}`);
      }
    } else if (value === undefined && issue.path.length === 1) {
      problems.add(file, fm.start, `front matter field "${key}" is missing: expected ${expected}`);
    } else {
      problems.add(file, fm.placeOf(path), `front matter field "${path}" is ${describe(value)}: expected ${expected}`);
    }
  }
  return null;
}
