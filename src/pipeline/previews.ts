/** Stage 10: what hover cards show — a title, a number, and the first lines of the target. */
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { titleWithShort } from "../shared/concept-title";
import { routes } from "../shared/routes";
import type { ConceptId, Lang, Preview, Toc } from "../shared/types";
import type { ChapterDoc, ConceptDoc } from "./documents";
import { sectionHref } from "./links";
import { indexSections } from "./toc";

const OPENING_CHARS = 240;

/** Keyed `section:<id>` and `concept:<id>`, like the links that show them. */
export function buildPreviews(lang: Lang, toc: Toc, chapters: ChapterDoc[], concepts: ConceptDoc[]): Record<string, Preview> {
  const previews: Record<string, Preview> = {};
  const places = indexSections(toc);
  const add = (id: string, nodes: RootContent[]) => {
    const place = places.get(id);
    if (!place) return;
    previews[`section:${id}`] = {
      title: place.title,
      number: place.number,
      subtitle: place.page ? `${place.chapter.number} ${place.chapter.title}` : place.chapter.summary,
      opening: opening(nodes),
      href: sectionHref(lang, place),
    };
  };
  for (const chapter of chapters) {
    add(chapter.meta.id, chapter.opening);
    for (const section of chapter.sections) {
      const starts = section.subsections.map((h) => section.nodes.indexOf(h.node));
      add(section.heading.id, section.nodes.slice(0, starts[0] ?? section.nodes.length));
      section.subsections.forEach((h, i) => add(h.id, section.nodes.slice((starts[i] ?? 0) + 1, starts[i + 1] ?? section.nodes.length)));
    }
  }
  for (const concept of concepts) {
    previews[`concept:${concept.meta.id}`] = {
      title: titleWithShort(concept.meta.title, concept.meta.short),
      number: null,
      subtitle: concept.meta.summary,
      opening: opening(concept.body),
      href: routes.concept(lang, concept.meta.id as ConceptId),
    };
  }
  return previews;
}

/**
 * The first paragraphs' text, cut at a word or character boundary near OPENING_CHARS. A card shows
 * plain text, so a paragraph with a formula ends the opening once there is something to show.
 */
export function opening(nodes: RootContent[]): string {
  let text = "";
  for (const node of nodes) {
    // The opening is what comes before the first heading (or the first heading's text if nothing does).
    if (node.type === "heading" && text) break;
    if (node.type !== "paragraph" && node.type !== "list") continue;
    if (text.length >= 80 && hasMath(node)) break;
    text += (text ? " " : "") + toString(node).replace(/\s+/g, " ").trim();
    if (text.length >= OPENING_CHARS) break;
  }
  if (text.length <= OPENING_CHARS) return text;
  const cut = text.slice(0, OPENING_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${space > OPENING_CHARS * 0.7 ? cut.slice(0, space) : cut}…`;
}

function hasMath(node: RootContent): boolean {
  let found = false;
  visit(node, "inlineMath", () => {
    found = true;
  });
  return found;
}
