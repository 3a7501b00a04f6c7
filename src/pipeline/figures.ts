/**
 * Stage 7b: figures. `::figure{name=training-memory gpus=8}` on a line of its own places an
 * interactive figure in a chapter. The build checks it like a link — a known figure, known
 * attributes with valid values, each figure in one place, at most one per page, the same in both
 * languages — numbers it per chapter ("Figure 9.1") and turns it into a `<figure>` element that the
 * browser fills in (see src/features/figures/).
 */
import type { Nodes, Root, RootContent } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import { type ParamSpecs, readState } from "../shared/figures/params";
import { FIGURE_NAMES, FIGURES, type FigureName, isFigureName } from "../shared/figures/registry";
import { expectedValue } from "../shared/figures/text";
import type { Lang } from "../shared/types";
import type { ChapterDoc } from "./documents";
import { type Place, Problems, quote } from "./problems";

export interface FigurePlacement {
  name: FigureName;
  lang: Lang;
  file: string;
  /** "2.1": chapter number, then the figure's position in the chapter. */
  number: string;
  /** The id of the page's ## section, or null on the chapter's own page. */
  sectionId: string | null;
  /** The id of the (sub)section the figure sits in: its ### heading if any, else `sectionId`. */
  headingId: string | null;
  /** Attributes other than `name`, as written. */
  attributes: Record<string, string>;
  place: Place;
}

export const figureAnchor = (name: string): string => `figure-${name}`;

const NAMES = FIGURE_NAMES.join(", ");

/**
 * Checks and numbers the figures of one chapter and marks each for rendering. `placedBefore`: the
 * figures of the language's earlier chapters (a figure has one place in the book).
 */
export function placeFigures(chapter: ChapterDoc, problems: Problems, placedBefore: readonly FigurePlacement[] = []): FigurePlacement[] {
  const placements: FigurePlacement[] = [];
  const pages: { sectionId: string | null; nodes: RootContent[] }[] = [
    { sectionId: null, nodes: chapter.opening },
    ...chapter.sections.map((s) => ({ sectionId: s.heading.id, nodes: [s.heading.node, ...s.nodes] })),
  ];
  const headingIds = new Map<RootContent, string>(chapter.sections.flatMap((s) => [s.heading, ...s.subsections].map((h) => [h.node, h.id] as const)));
  for (const page of pages) {
    let onPage: FigurePlacement | null = null;
    forEachDirective(chapter.file, page.nodes, problems, (node, headingId) => {
      const figure = readFigure(chapter, node, placements.length + 1, page.sectionId, problems);
      if (figure) figure.headingId = headingId ?? page.sectionId;
      if (!figure) return;
      const earlier = [...placedBefore, ...placements].find((p) => p.name === figure.name);
      if (earlier) {
        problems.add(chapter.file, figure.place, `figure "${figure.name}" is placed twice: expected one place per figure (link to it elsewhere with [text](figure:${figure.name})), already placed at ${where(earlier)}`);
        return;
      }
      if (onPage) {
        problems.add(chapter.file, figure.place, `second figure on one page: found "${figure.name}" after "${onPage.name}" (${where(onPage)}), expected at most one figure per page, since the page's address holds the figure's settings`);
        return;
      }
      onPage = figure;
      placements.push(figure);
      markForRendering(node, figure);
    }, headingIds);
  }
  return placements;
}

/** Concept pages have no figure numbers: a figure there is an error (link to it instead). */
export function rejectFigures(file: string, nodes: RootContent[], problems: Problems): void {
  forEachDirective(file, nodes, problems, (node) => {
    problems.add(file, node.position, `figure on a concept page: expected figures in chapters only (link to one with [text](figure:${node.attributes?.name ?? "name"}))`);
  });
}

/**
 * Every `::figure` leaf directive, with the id of the last heading before it, after reporting any
 * other directive as unknown.
 */
function forEachDirective(
  file: string,
  nodes: RootContent[],
  problems: Problems,
  onFigure: (node: LeafDirective, headingId: string | null) => void,
  headingIds?: Map<RootContent, string>,
): void {
  let headingId: string | null = null;
  for (const top of nodes) {
    if (top.type === "heading") headingId = headingIds?.get(top) ?? headingId;
    visit({ type: "root", children: [top] } as Root, (node: Nodes) => {
      if (node.type === "leafDirective" && node.name === "figure") onFigure(node, headingId);
      else if (node.type === "leafDirective" || node.type === "containerDirective") {
        const written = `${node.type === "leafDirective" ? "::" : ":::"}${node.name}`;
        problems.add(file, node.position, `unknown directive ${quote(written)}: expected ::figure{name=…} on a line of its own`);
      }
    });
  }
}

function readFigure(chapter: ChapterDoc, node: LeafDirective, index: number, sectionId: string | null, problems: Problems): FigurePlacement | null {
  const file = chapter.file;
  const at = node.position?.start ?? { line: 1, column: 1 };
  const { name, ...attributes } = Object.fromEntries(Object.entries(node.attributes ?? {}).map(([k, v]) => [k, v ?? ""]));
  if (node.children.length > 0) {
    problems.add(file, at, "figure with a label: found ::figure[…], expected ::figure{name=…} (the caption comes from the figure itself)");
    return null;
  }
  if (!name) {
    problems.add(file, at, `figure without a name: expected ::figure{name=…} with one of ${NAMES}`);
    return null;
  }
  if (!isFigureName(name)) {
    problems.add(file, at, `unknown figure ${quote(name)}: expected one of ${NAMES}`);
    return null;
  }
  const specs: ParamSpecs = FIGURES[name];
  const { problems: bad } = readState(specs, Object.entries(attributes), {}, { strict: true });
  for (const problem of bad) {
    const spec = Object.hasOwn(specs, problem.key) ? specs[problem.key] : undefined;
    if (!spec) {
      problems.add(file, at, `unknown attribute ${quote(problem.key)} of figure "${name}": expected one of name, ${Object.keys(specs).join(", ")}`);
    } else {
      problems.add(file, at, `bad value for attribute "${problem.key}" of figure "${name}": found ${quote(problem.raw)}, expected ${expectedValue(spec, "en")}`);
    }
  }
  if (bad.length > 0) return null;
  return { name, lang: chapter.lang, file, number: `${chapter.meta.number}.${index}`, sectionId, headingId: sectionId, attributes, place: at };
}

function markForRendering(node: LeafDirective, figure: FigurePlacement): void {
  node.data = {
    ...node.data,
    hName: "figure",
    hProperties: {
      id: figureAnchor(figure.name),
      dataFigure: figure.name,
      dataNumber: figure.number,
      dataState: JSON.stringify(figure.attributes),
    },
  };
}

function where(p: FigurePlacement): string {
  return `${p.file}:${p.place.line}:${p.place.column}`;
}

/** The same figures, in the same order, with the same attributes, on the same pages, in both languages. */
export function checkFigureParity(placements: Record<Lang, FigurePlacement[]>, problems: Problems): void {
  const key = (p: FigurePlacement) => `${p.name} on ${p.sectionId ?? "the chapter page"} with ${JSON.stringify(p.attributes)}`;
  const en = placements.en;
  const zh = placements.zh;
  for (let i = 0; i < Math.max(en.length, zh.length); i++) {
    const a = en[i];
    const b = zh[i];
    if (a && b && key(a) === key(b)) continue;
    if (b) problems.add(b.file, b.place, `figure differs from the English file: found ${key(b)}, expected ${a ? `${key(a)} (${where(a)})` : "no figure here"}`);
    else if (a) problems.add(a.file.replace("/en/", "/zh/"), undefined, `figure missing in Chinese: expected ${key(a)} as in ${where(a)}`);
    return; // one report is enough: the rest follows from it
  }
}
