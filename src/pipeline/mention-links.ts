/**
 * Stage 6b: the chapters' mentions of models, datasets and benchmarks become links, so a reader can
 * open any named resource's card without the writers marking up hundreds of names by hand.
 *
 * Rule: in each (sub)section (and a chapter's opening text) the first mention of an entity is
 * linked — an exact, case-sensitive match of one of its aliases, as a whole name (not inside a
 * longer name: "LLaMA" is not found in "LLaMA-2", "GPT-4" not in "GPT-4o"). Text that is already
 * a link, code, math or a heading is left alone, and an entity the writer linked explicitly
 * (`[Alpaca](model:alpaca)`) in that part is not linked again.
 */
import type { Link, Nodes, Parent, RootContent, Text } from "mdast";
import type { ChapterDoc } from "./documents";
import type { EntityRecord } from "./entities";

const SKIP = new Set(["link", "linkReference", "inlineCode", "code", "inlineMath", "math", "heading", "html", "yaml", "definition"]);

export interface MentionMatcher {
  pattern: RegExp;
  byAlias: Map<string, EntityRecord>;
}

export function mentionMatcher(entities: EntityRecord[]): MentionMatcher | null {
  const byAlias = new Map<string, EntityRecord>();
  for (const entity of entities) for (const alias of entity.aliases) if (!byAlias.has(alias)) byAlias.set(alias, entity);
  if (byAlias.size === 0) return null;
  // Longest first, so "LLaMA-2" wins over "LLaMA" where both could match.
  const alternatives = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![A-Za-z0-9_.-])(?:${alternatives.join("|")})(?![A-Za-z0-9_]|-[A-Za-z0-9]|\\.\\d)`, "g");
  return { pattern, byAlias };
}

/** Links first mentions in every chapter, in place; returns how many links it added. */
export function linkMentions(chapters: ChapterDoc[], matcher: MentionMatcher | null): number {
  if (!matcher) return 0;
  let added = 0;
  for (const chapter of chapters) {
    added += linkPart(chapter.opening, matcher);
    for (const section of chapter.sections) {
      const starts = section.subsections.map((h) => section.nodes.indexOf(h.node));
      added += linkPart(section.nodes.slice(0, starts[0] ?? section.nodes.length), matcher);
      starts.forEach((start, i) => {
        added += linkPart(section.nodes.slice(start + 1, starts[i + 1] ?? section.nodes.length), matcher);
      });
    }
  }
  return added;
}

function linkPart(nodes: RootContent[], matcher: MentionMatcher): number {
  const linked = explicitEntityLinks(nodes);
  let added = 0;
  const visit = (parent: Parent) => {
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === "text") {
        const pieces = splitText(child, matcher, linked);
        added += pieces.filter((p) => p.type === "link").length;
        children.push(...pieces);
      } else {
        if (!SKIP.has(child.type) && "children" in child) visit(child);
        children.push(child);
      }
    }
    parent.children = children as Parent["children"];
  };
  for (const node of nodes) if (!SKIP.has(node.type) && "children" in node) visit(node);
  return added;
}

function splitText(node: Text, { pattern, byAlias }: MentionMatcher, linked: Set<string>): (Text | Link)[] {
  const pieces: (Text | Link)[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const entity = byAlias.get(match[0]);
    const key = entity && `${entity.kind}:${entity.id}`;
    if (!entity || !key || linked.has(key)) continue;
    linked.add(key);
    if (match.index > last) pieces.push({ type: "text", value: node.value.slice(last, match.index) });
    pieces.push({ type: "link", url: key, children: [{ type: "text", value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return [node];
  if (last < node.value.length) pieces.push({ type: "text", value: node.value.slice(last) });
  return pieces;
}

function explicitEntityLinks(nodes: RootContent[]): Set<string> {
  const found = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === "link" && /^(model|dataset|benchmark):/.test(node.url)) found.add(node.url);
    if ("children" in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const node of nodes) walk(node);
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
