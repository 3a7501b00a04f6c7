/** Stage 7: `section:` / `concept:` / `cite:` / `figure:` links checked and rewritten to routes. */
import type { Link, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { isFigureName } from "../shared/figures/registry";
import { routes } from "../shared/routes";
import type { ConceptId, Lang, SectionId } from "../shared/types";
import { Problems, quote } from "./problems";
import type { SectionPlace } from "./toc";

export interface Reference {
  id: string;
  title: string;
  year?: number;
  url: string;
}

export interface LinkTargets {
  lang: Lang;
  sections: Map<string, SectionPlace>;
  concepts: Set<string>;
  references: Map<string, Reference>;
}

export type LinkKind = "section" | "concept" | "cite" | "figure";

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

/** Rewrites every link in `nodes` in place; returns the internal ones that resolved. */
export function resolveLinks(file: string, nodes: RootContent[], targets: LinkTargets, problems: Problems): ResolvedLink[] {
  const resolved: ResolvedLink[] = [];
  const root: Root = { type: "root", children: nodes };
  visit(root, "link", (node: Link) => {
    if (EXTERNAL.test(node.url)) return;
    const match = /^(section|concept|cite|figure):(.*)$/.exec(node.url);
    if (!match) {
      problems.add(file, node.position, `unknown link scheme: found ${quote(node.url)}, expected section:<id>, concept:<id>, cite:<id>, figure:<name> or https://…`);
      return;
    }
    const kind = match[1] as LinkKind;
    const target = match[2] ?? "";
    const href = hrefFor(kind, target, targets);
    if (href === null) {
      const where =
        kind === "cite" ? "content/references.json"
        : kind === "concept" ? `content/${targets.lang}/concepts/`
        : kind === "figure" ? "src/shared/figures/registry.ts"
        : `the chapters in content/${targets.lang}/`;
      problems.add(file, node.position, `unknown ${kind} ${quote(target)} in link: expected an id defined in ${where}`);
      return;
    }
    node.url = href;
    const properties: Record<string, string> = { dataKind: kind, dataTarget: target };
    if (kind === "cite") {
      const ref = targets.references.get(target);
      properties.title = ref ? `${ref.title}${ref.year ? ` (${ref.year})` : ""}` : target;
      properties.className = "cite";
    }
    node.data = { ...node.data, hProperties: properties };
    resolved.push({ kind, target, node });
  });
  return resolved;
}

function hrefFor(kind: LinkKind, target: string, { lang, sections, concepts, references }: LinkTargets): string | null {
  if (kind === "section") {
    const place = sections.get(target as SectionId);
    return place ? sectionHref(lang, place) : null;
  }
  if (kind === "concept") return concepts.has(target) ? routes.concept(lang, target as ConceptId) : null;
  if (kind === "figure") return isFigureName(target) ? routes.figure(lang, target) : null;
  return references.get(target)?.url ?? null;
}
