/** Stage 5: en and zh hold the same chapters, headings, ids and concept metadata, in the same order. */
import type { Lang } from "../shared/types";
import type { ChapterDoc, ConceptDoc } from "./documents";
import type { HeadingInfo } from "./headings";
import type { Problems } from "./problems";

const OTHER: Record<Lang, Lang> = { en: "zh", zh: "en" };

export function checkParity(chapters: Record<Lang, ChapterDoc[]>, concepts: Record<Lang, ConceptDoc[]>, problems: Problems): void {
  checkMissingFiles(chapters, problems);
  checkMissingFiles(concepts, problems);
  const zhChapters = new Map(chapters.zh.map((c) => [c.file.replace("/zh/", "/en/"), c]));
  for (const en of chapters.en) {
    const zh = zhChapters.get(en.file);
    if (!zh) continue;
    for (const key of ["id", "number"] as const) {
      if (en.invalid.has(key) || zh.invalid.has(key)) continue;
      if (en.meta[key] !== zh.meta[key]) {
        problems.add(zh.file, zh.frontMatter.placeOf(key), `chapter ${key} "${zh.meta[key]}" differs from ${en.file} ("${en.meta[key]}"): expected the same ${key} in both languages`);
      }
    }
    checkHeadings(en.file, sectionHeadings(en), zh.file, sectionHeadings(zh), problems);
  }
  const zhConcepts = new Map(concepts.zh.map((c) => [c.meta.id, c]));
  for (const en of concepts.en) {
    const zh = zhConcepts.get(en.meta.id);
    if (!zh) continue;
    for (const key of ["short", "theme", "aliases", "related"] as const) {
      if (en.invalid.has(key) || zh.invalid.has(key)) continue;
      if (JSON.stringify(en.meta[key] ?? null) !== JSON.stringify(zh.meta[key] ?? null)) {
        problems.add(zh.file, zh.frontMatter.placeOf(key), `concept ${key} differs from ${en.file}: found ${JSON.stringify(zh.meta[key] ?? null)}, expected ${JSON.stringify(en.meta[key] ?? null)} (the same in both languages)`);
      }
    }
    checkHeadings(en.file, en.headings, zh.file, zh.headings, problems);
  }
}

function sectionHeadings(chapter: ChapterDoc): HeadingInfo[] {
  return chapter.sections.flatMap((s) => [s.heading, ...s.subsections]);
}

function checkMissingFiles(docs: Record<Lang, { file: string }[]>, problems: Problems): void {
  for (const lang of ["en", "zh"] as const) {
    const other = OTHER[lang];
    const present = new Set(docs[other].map((d) => d.file));
    for (const doc of docs[lang]) {
      const counterpart = doc.file.replace(`/${lang}/`, `/${other}/`);
      if (!present.has(counterpart)) problems.add(doc.file, undefined, `no ${other} version of this file: expected ${counterpart} with the same ids`);
    }
  }
}

function checkHeadings(enFile: string, en: HeadingInfo[], zhFile: string, zh: HeadingInfo[], problems: Problems): void {
  const enIds = new Set(en.map((h) => h.id));
  const zhIds = new Set(zh.map((h) => h.id));
  const missing = (list: HeadingInfo[], file: string, others: Set<string>, otherFile: string) => {
    for (const h of list.filter((h) => !others.has(h.id))) {
      problems.add(file, h.node.position, `heading id "${h.id}" has no counterpart in ${otherFile}: expected the same heading ids in both languages`);
    }
  };
  missing(en, enFile, zhIds, zhFile);
  missing(zh, zhFile, enIds, enFile);
  const common = (list: HeadingInfo[], others: Set<string>) => list.filter((h) => others.has(h.id));
  const enOrder = common(en, zhIds);
  const zhOrder = common(zh, enIds);
  const i = zhOrder.findIndex((h, k) => h.id !== enOrder[k]?.id || h.depth !== enOrder[k]?.depth);
  const at = zhOrder[i];
  const expected = enOrder[i];
  if (at && expected) {
    problems.add(zhFile, at.node.position, `found ${"#".repeat(at.depth)} {#${at.id}} where ${enFile} has ${"#".repeat(expected.depth)} {#${expected.id}}: expected the same headings in the same order and level in both languages`);
  }
}
