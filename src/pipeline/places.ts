/** The book cut into places — a chapter's opening, each ## section's own text, each ### — with what a list of them shows. */
import type { RootContent } from "mdast";
import { routes } from "../shared/routes";
import type { BookPlace, ConceptId, Lang, Toc } from "../shared/types";
import type { ChapterDoc, ConceptDoc } from "./documents";
import { sectionHref } from "./links";
import { indexSections, type SectionPlace } from "./toc";

export interface PlaceNodes {
  place: BookPlace;
  nodes: RootContent[];
}

export function chapterPlaces(lang: Lang, toc: Toc, chapters: ChapterDoc[]): PlaceNodes[] {
  const places = indexSections(toc);
  const result: PlaceNodes[] = [];
  const add = (id: string, nodes: RootContent[]) => {
    const place = places.get(id);
    if (place && nodes.length > 0) result.push({ place: bookPlace(lang, place), nodes });
  };
  for (const chapter of chapters) {
    add(chapter.meta.id, chapter.opening);
    for (const section of chapter.sections) {
      const starts = section.subsections.map((h) => section.nodes.indexOf(h.node));
      add(section.heading.id, section.nodes.slice(0, starts[0] ?? section.nodes.length));
      section.subsections.forEach((h, i) => add(h.id, section.nodes.slice((starts[i] ?? 0) + 1, starts[i + 1] ?? section.nodes.length)));
    }
  }
  return result;
}

export function conceptPlaces(lang: Lang, concepts: ConceptDoc[]): PlaceNodes[] {
  return concepts.map((c) => ({
    place: { chapter: null, number: null, title: c.meta.title, href: routes.concept(lang, c.meta.id as ConceptId) },
    nodes: c.body,
  }));
}

function bookPlace(lang: Lang, place: SectionPlace): BookPlace {
  return {
    chapter: { id: place.chapter.id, number: place.chapter.number, title: place.chapter.title },
    number: place.number,
    title: place.title,
    href: sectionHref(lang, place),
  };
}
