/** Stage 7: `section:` / `concept:` / `cite:` / `figure:` links checked and rewritten to routes. */
import type { Link, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { isFigureName } from "../shared/figures/registry";
import { CATALOGUE_SEGMENT, routes } from "../shared/routes";
import { ENTITY_KINDS, type ConceptId, type EntityKind, type Lang, type SectionId } from "../shared/types";
import { Problems, quote } from "./problems";
import type { Reference } from "./references";
import type { SectionPlace } from "./toc";

export type { Reference };

export interface LinkTargets {
  lang: Lang;
  sections: Map<string, SectionPlace>;
  concepts: Set<string>;
  references: Map<string, Reference>;
  /** Ids of each kind of named resource (`model:llama`). */
  entities: Record<EntityKind, Set<string>>;
}

export type LinkKind = "section" | "concept" | "cite" | "figure" | EntityKind;
const SCHEME = new RegExp(`^(section|concept|cite|figure|${ENTITY_KINDS.join("|")}):(.*)$`);

export interface ResolvedLink {
  kind: LinkKind;
  target: string;
  node: Link;
}

const EXTERNAL = /^(https?:\/\/|mailto:)/;

export function sectionHref(lang: Lang, place: SectionPlace): string {
  if (!place.page) return routes.chapter(lang, place.chapter.id);
  const page = routes.section(lang, place.chapter.id, place.page.id);
  return place.anchor ? `${page}#${place.anchor}` : page;
}

/**
 * Rewrites every link in `nodes` in place; returns the internal ones that resolved. `page` is the
 * route of the page the nodes are on: a citation points at that page's References list.
 */
export function resolveLinks(file: string, nodes: RootContent[], targets: LinkTargets, problems: Problems, page = ""): ResolvedLink[] {
  const resolved: ResolvedLink[] = [];
  const root: Root = { type: "root", children: nodes };
  visit(root, "link", (node: Link) => {
    if (EXTERNAL.test(node.url)) return;
    const match = SCHEME.exec(node.url);
    if (!match) {
      problems.add(file, node.position, `unknown link scheme: found ${quote(node.url)}, expected section:<id>, concept:<id>, cite:<id>, figure:<name>, model:<id>, dataset:<id>, benchmark:<id> or https://…`);
      return;
    }
    const kind = match[1] as LinkKind;
    const target = match[2] ?? "";
    const href = hrefFor(kind, target, targets, page);
    if (href === null) {
      const where =
        kind === "cite" ? "content/references.json"
        : kind === "concept" ? `content/${targets.lang}/concepts/`
        : kind === "figure" ? "src/shared/figures/registry.ts"
        : kind === "section" ? `the chapters in content/${targets.lang}/`
        : `content/${CATALOGUE_SEGMENT[kind]}.json`;
      problems.add(file, node.position, `unknown ${kind} ${quote(target)} in link: expected an id defined in ${where}`);
      return;
    }
    node.url = href;
    // A citation's title and authors are in its card and in the References list it points to.
    const properties: Record<string, string> = { dataKind: kind, dataTarget: target };
    node.data = { ...node.data, hProperties: properties };
    resolved.push({ kind, target, node });
  });
  return resolved;
}

function hrefFor(kind: LinkKind, target: string, { lang, sections, concepts, references, entities }: LinkTargets, page: string): string | null {
  if (kind === "cite") return references.has(target) ? `${page}#${referenceAnchor(target)}` : null;
  if (kind !== "section" && kind !== "concept" && kind !== "figure") return entities[kind].has(target) ? routes.catalogue(lang, kind, target) : null;
  if (kind === "section") {
    const place = sections.get(target as SectionId);
    return place ? sectionHref(lang, place) : null;
  }
  if (kind === "figure") return isFigureName(target) ? routes.figure(lang, target) : null;
  return concepts.has(target) ? routes.concept(lang, target as ConceptId) : null;
}

/** The id of a paper's entry in a page's References list. */
export function referenceAnchor(citeId: string): string {
  return `ref-${citeId}`;
}
