/**
 * Terminology stage (issue 11, item 17): content/glossary.json fixes one term per concept in each
 * language, and a rejected variant anywhere in a chapter or concept page is a problem at its
 * file:line:column. The one place a variant may stay is a concept's `aliases` front matter: that
 * is what lets a reader who knows the variant still find the page.
 */
import type { SourceFile } from "./book";
import { type Problems, quote } from "./problems";

export interface GlossaryTerm {
  /** The concept (or section) the term names. */
  id: string;
  en: string;
  zh: string;
  /** Other names the text may use. */
  aliases: string[];
  /** Names the text must not use: the check fails on each, expecting the `zh` (or `en`) term. */
  rejected: string[];
}

/** Parses and checks content/glossary.json; a malformed file or entry is a problem, never a crash. */
export function readGlossary(file: SourceFile | undefined, problems: Problems): GlossaryTerm[] {
  if (!file) return [];
  let data: unknown;
  try {
    data = JSON.parse(file.source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    problems.add(file.path, at ? placeOf(file.source, Number(at[1])) : undefined, `glossary is not valid JSON: ${message}`);
    return [];
  }
  const terms = (data as { terms?: unknown })?.terms;
  if (!Array.isArray(terms)) {
    problems.add(file.path, undefined, `glossary: found no "terms" list, expected { "terms": [ … ] }`);
    return [];
  }
  const valid: GlossaryTerm[] = [];
  terms.forEach((entry: unknown, i) => {
    const term = entry as Partial<GlossaryTerm>;
    const id = typeof term?.id === "string" ? term.id : `#${i + 1}`;
    const at = placeOf(file.source, file.source.indexOf(`"${id}"`));
    const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string" && s.trim() !== "");
    if (!term || typeof term.id !== "string" || typeof term.en !== "string" || typeof term.zh !== "string" || !term.en || !term.zh || !strings(term.aliases) || !strings(term.rejected)) {
      problems.add(file.path, at, `glossary term ${quote(id)}: expected id, en, zh (non-empty strings), aliases and rejected (lists of non-empty strings)`);
      return;
    }
    const accepted = new Set([term.en, term.zh, ...term.aliases!]);
    const clash = term.rejected!.find((r) => accepted.has(r));
    if (clash) {
      problems.add(file.path, at, `glossary term ${quote(id)}: ${quote(clash)} is both accepted and rejected, expected one or the other`);
      return;
    }
    valid.push(term as GlossaryTerm);
  });
  return valid;
}

/** Every rejected variant in the Markdown files, outside a front matter `aliases` field. */
export function checkTerminology(files: readonly SourceFile[], terms: readonly GlossaryTerm[], problems: Problems): void {
  const variants = terms.flatMap((term) =>
    term.rejected.map((variant) => ({ variant, expected: /\p{Script=Han}/u.test(variant) ? term.zh : term.en, term })),
  );
  if (variants.length === 0) return;
  for (const file of files) {
    if (!file.path.endsWith(".md")) continue;
    const lines = file.source.split("\n");
    let frontMatter = lines[0]?.trim() === "---";
    let inAliases = false;
    lines.forEach((line, i) => {
      if (frontMatter && i > 0 && line.trim() === "---") {
        frontMatter = false;
        return;
      }
      if (frontMatter) {
        // `aliases: [a, b]`, or a YAML block list under `aliases:`.
        if (/^aliases\s*:/.test(line)) inAliases = true;
        else if (!/^\s+-/.test(line)) inAliases = false;
        if (inAliases) return;
      }
      for (const { variant, expected, term } of variants) {
        for (let at = line.indexOf(variant); at >= 0; at = line.indexOf(variant, at + variant.length)) {
          problems.add(file.path, { line: i + 1, column: at + 1 }, `found ${quote(variant)}, expected ${quote(expected)} (glossary: ${term.en})`);
        }
      }
    });
  }
}

function placeOf(source: string, offset: number): { line: number; column: number } | undefined {
  if (offset < 0) return undefined;
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
