/**
 * Stage 9: for each concept, where the chapters discuss it (section, number, title, anchor and the
 * sentence around each link) and which concept pages link to it.
 */
import type { Link, Nodes, RootContent } from "mdast";
import type { ConceptBacklinks, ConceptId, ConceptMention, Lang, Toc } from "../shared/types";
import { contextSentence } from "./context-sentence";
import type { ChapterDoc, ConceptDoc } from "./documents";
import { sectionHref } from "./links";
import { indexSections, type SectionPlace } from "./toc";

/** Blocks whose text is one unit of context (a link's sentence is looked for inside it). */
const BLOCKS = new Set(["paragraph", "tableCell", "heading"]);

export function computeBacklinks(lang: Lang, toc: Toc, chapters: ChapterDoc[], concepts: ConceptDoc[]): Map<string, ConceptBacklinks> {
  const result = new Map<string, ConceptBacklinks>(concepts.map((c) => [c.meta.id, { discussedIn: [], linkedFrom: [] }]));
  const places = indexSections(toc);
  /** Links to each concept seen so far on each page, in page order: `${page}|${concept}` → count. */
  const seen = new Map<string, number>();

  for (const chapter of chapters) {
    const chapterPlace = places.get(chapter.meta.id);
    if (chapterPlace) collect(chapter.opening, chapterPlace);
    for (const section of chapter.sections) {
      const subsectionOf = new Map<RootContent, string>(section.subsections.map((h) => [h.node, h.id]));
      let place = places.get(section.heading.id);
      for (const node of section.nodes) {
        place = places.get(subsectionOf.get(node) ?? "") ?? place;
        if (place) collect([node], place);
      }
    }
  }

  function collect(nodes: RootContent[], place: SectionPlace) {
    for (const { block, link } of conceptLinks(nodes)) {
      const targetId = link.data?.hProperties?.dataTarget as string;
      const target = result.get(targetId);
      if (!target) continue;
      const context = contextSentence(block, link, lang);
      const href = sectionHref(lang, place);
      const pageKey = `${href.split("#")[0]}|${targetId}`;
      const occurrence = seen.get(pageKey) ?? 0;
      seen.set(pageKey, occurrence + 1);
      // One entry per sentence: a sentence that links the concept twice is listed once.
      if (target.discussedIn.some((m) => m.href === href && m.context === context.text)) continue;
      target.discussedIn.push({
        chapter: { id: place.chapter.id, number: place.chapter.number, title: place.chapter.title },
        number: place.number,
        title: place.title,
        href,
        context: context.text,
        mark: context.mark,
        occurrence,
      } satisfies ConceptMention);
    }
  }

  for (const concept of concepts) {
    const targets = new Set(conceptLinks(concept.body).map(({ link }) => link.data?.hProperties?.dataTarget as string));
    for (const id of targets) {
      const entry = result.get(id);
      if (entry && id !== concept.meta.id) entry.linkedFrom.push(concept.meta.id as ConceptId);
    }
  }
  return result;
}

/** Every resolved concept link, with the block that gives its context. */
function conceptLinks(nodes: RootContent[]): { block: Nodes; link: Link }[] {
  const found: { block: Nodes; link: Link }[] = [];
  const walk = (node: Nodes, block: Nodes | null) => {
    const here = BLOCKS.has(node.type) ? node : block;
    if (node.type === "link" && node.data?.hProperties?.dataKind === "concept") found.push({ block: here ?? node, link: node });
    if ("children" in node) for (const child of node.children) walk(child as Nodes, here);
  };
  for (const node of nodes) walk(node, null);
  return found;
}
