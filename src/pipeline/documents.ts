/** Stage 4: a parsed file becomes a chapter (opening + sections) or a concept page (body + headings). */
import type { RootContent } from "mdast";
import type { Lang } from "../shared/types";
import type { z } from "zod";
import { chapterSchema, type Checked, checkFrontMatter, conceptSchema } from "./front-matter";
import { type HeadingInfo, readHeading } from "./headings";
import { checkMarkdown } from "./markdown-checks";
import type { FrontMatter, ParsedFile } from "./parse";
import type { Problems } from "./problems";

export type ChapterMeta = z.infer<typeof chapterSchema>;
export type ConceptMeta = z.infer<typeof conceptSchema>;

export interface SectionDoc {
  heading: HeadingInfo;
  /** The section's content after its heading, including its ### subsections. */
  nodes: RootContent[];
  subsections: HeadingInfo[];
}

export interface ChapterDoc {
  lang: Lang;
  file: string;
  meta: ChapterMeta;
  /** Front matter fields that failed their check (already reported; later checks skip them). */
  invalid: Set<string>;
  frontMatter: FrontMatter;
  opening: RootContent[];
  sections: SectionDoc[];
}

export interface ConceptDoc {
  lang: Lang;
  file: string;
  meta: ConceptMeta;
  invalid: Set<string>;
  frontMatter: FrontMatter;
  body: RootContent[];
  headings: HeadingInfo[];
}

function readHeadings(parsed: ParsedFile, problems: Problems): Map<RootContent, HeadingInfo> {
  checkMarkdown(parsed.file, parsed.source, parsed.body, problems);
  const headings = new Map<RootContent, HeadingInfo>();
  for (const node of parsed.body) {
    if (node.type !== "heading" || node.depth < 2 || node.depth > 3) continue;
    const info = readHeading(parsed.file, node, problems);
    if (info) headings.set(node, info);
  }
  return headings;
}

/** Front matter checked, or (when the block is missing, already reported) all fallbacks. */
function frontMatterOf<S extends z.ZodObject>(schema: S, fallback: z.infer<S>, parsed: ParsedFile, problems: Problems): Checked<z.infer<S>> & { frontMatter: FrontMatter } {
  if (parsed.frontMatter) return { ...checkFrontMatter(schema, fallback, parsed.file, parsed.frontMatter, problems), frontMatter: parsed.frontMatter };
  const start = { line: 1, column: 1 };
  const frontMatter: FrontMatter = { data: {}, start, placeOf: () => start, keyPlaceOf: () => start };
  return { value: fallback, invalid: new Set(Object.keys(schema.shape)), frontMatter };
}

/** `fromName`: the id and number the file name implies, used where the front matter fails. */
export function readChapter(parsed: ParsedFile, lang: Lang, fromName: { id: string; number: number }, problems: Problems): ChapterDoc {
  const fallback: ChapterMeta = { ...fromName, title: fromName.id, summary: "" };
  const { value: meta, invalid, frontMatter } = frontMatterOf(chapterSchema, fallback, parsed, problems);
  const headings = readHeadings(parsed, problems);
  const chapter: ChapterDoc = { lang, file: parsed.file, meta, invalid, frontMatter, opening: [], sections: [] };
  let current: SectionDoc | null = null;
  for (const node of parsed.body) {
    const info = headings.get(node);
    // A ### before any ## (already reported) still opens a section, so its id stays linkable.
    if (info?.depth === 2 || (info && !current)) {
      current = { heading: info, nodes: [], subsections: [] };
      chapter.sections.push(current);
      continue;
    }
    if (info?.depth === 3) current?.subsections.push(info);
    if (current) current.nodes.push(node);
    else chapter.opening.push(node);
  }
  return chapter;
}

export function readConcept(parsed: ParsedFile, lang: Lang, idFromName: string, problems: Problems): ConceptDoc {
  const fallback: ConceptMeta = { id: idFromName, title: idFromName, aliases: [], related: [], theme: "foundations", summary: "" };
  const { value: meta, invalid, frontMatter } = frontMatterOf(conceptSchema, fallback, parsed, problems);
  const headings = readHeadings(parsed, problems);
  return { lang, file: parsed.file, meta, invalid, frontMatter, body: parsed.body, headings: [...headings.values()] };
}
