/**
 * Stage 9b: "cited in" for every paper — each place (a chapter's (sub)section or a concept page)
 * whose text cites it, in book order — and the bibliography entries built from it.
 */
import type { Link, Nodes } from "mdast";
import type { BookPlace, PaperEntry, PaperRef } from "../shared/types";
import type { PlaceNodes } from "./places";
import type { Reference } from "./references";

export function computeCitedIn(places: PlaceNodes[]): Map<string, BookPlace[]> {
  const citedIn = new Map<string, BookPlace[]>();
  for (const { place, nodes } of places) {
    for (const link of linksOfKind(nodes, new Set(["cite"]))) {
      const id = String(link.data?.hProperties?.dataTarget);
      const list = citedIn.get(id) ?? [];
      if (!list.some((p) => p.href === place.href)) list.push(place);
      citedIn.set(id, list);
    }
  }
  return citedIn;
}

export function bibliography(references: Reference[], citedIn: Map<string, BookPlace[]>): PaperEntry[] {
  return references.map((r) => ({ ...paperRef(r), arxivId: r.arxivId, citedIn: citedIn.get(r.id) ?? [] }));
}

export function paperRef(r: Reference): PaperRef {
  return { id: r.id, title: r.title, authors: r.authors, venue: r.venue, year: r.year, url: r.url };
}

/** Resolved links whose kind is in `kinds`, in document order. */
export function linksOfKind(nodes: Nodes[], kinds: Set<string>): Link[] {
  const found: Link[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "link" && kinds.has(String(node.data?.hProperties?.dataKind))) found.push(node);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const node of nodes) walk(node);
  return found;
}
