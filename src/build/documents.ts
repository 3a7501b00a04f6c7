/** Stage 4: a parsed file becomes a chapter (opening + sections) or a concept page (body + headings). */
import type { RootContent } from "mdast";
import type { Lang } from "../shared/types";
import { chapterSchema, checkFrontMatter, conceptSchema } from "./front-matter";
import type { z } from "zod";
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
  frontMatter: FrontMatter;
  opening: RootContent[];
  sections: SectionDoc[];
}

export interface ConceptDoc {
  lang: Lang;
  file: string;
  meta: ConceptMeta;
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

export function readChapter(parsed: ParsedFile, lang: Lang, problems: Problems): ChapterDoc | null {
  const meta = parsed.frontMatter && checkFrontMatter(chapterSchema, parsed.file, parsed.frontMatter, problems);
  const headings = readHeadings(parsed, problems);
  if (!meta || !parsed.frontMatter) return null;
  const chapter: ChapterDoc = { lang, file: parsed.file, meta, frontMatter: parsed.frontMatter, opening: [], sections: [] };
  let current: SectionDoc | null = null;
  for (const node of parsed.body) {
    const info = headings.get(node);
    if (info?.depth === 2) {
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

export function readConcept(parsed: ParsedFile, lang: Lang, problems: Problems): ConceptDoc | null {
  const meta = parsed.frontMatter && checkFrontMatter(conceptSchema, parsed.file, parsed.frontMatter, problems);
  const headings = readHeadings(parsed, problems);
  if (!meta || !parsed.frontMatter) return null;
  return { lang, file: parsed.file, meta, frontMatter: parsed.frontMatter, body: parsed.body, headings: [...headings.values()] };
}
