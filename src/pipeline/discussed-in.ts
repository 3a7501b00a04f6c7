/**
 * Stage 9c: "discussed in" for every model, dataset and benchmark — each chapter (sub)section that
 * links it (explicitly or by the build's first-mention links), with the sentence around the link.
 */
import type { Link, Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { ENTITY_KINDS, type EntityEntry, type Lang } from "../shared/types";
import { contextSentence } from "./context-sentence";
import type { PlaceNodes } from "./places";

const BLOCKS = new Set(["paragraph", "tableCell", "heading"]);

export type Mention = EntityEntry["discussedIn"][number];

/**
 * Keyed `model:llama`. A citation whose text is an entity's name (`[LLaMA](cite:touvron2023llama)`)
 * names that entity too: `byAlias` maps names to keys.
 */
export function computeDiscussedIn(lang: Lang, places: PlaceNodes[], byAlias: Map<string, string>): Map<string, Mention[]> {
  const kinds = new Set<string>([...ENTITY_KINDS, "cite"]);
  const result = new Map<string, Mention[]>();
  for (const { place, nodes } of places) {
    for (const { block, link } of linksWithBlocks(nodes, kinds)) {
      const kind = String(link.data?.hProperties?.dataKind);
      const key = kind === "cite" ? byAlias.get(toString(link)) : `${kind}:${String(link.data?.hProperties?.dataTarget)}`;
      if (!key) continue;
      const list = result.get(key) ?? [];
      // One entry per place: the first sentence that names it.
      if (list.some((m) => m.href === place.href)) continue;
      const context = contextSentence(block, link, lang);
      list.push({ ...place, context: context.text, mark: context.mark });
      result.set(key, list);
    }
  }
  return result;
}

function linksWithBlocks(nodes: Nodes[], kinds: Set<string>): { block: Nodes; link: Link }[] {
  const found: { block: Nodes; link: Link }[] = [];
  const walk = (node: Nodes, block: Nodes | null) => {
    const here = BLOCKS.has(node.type) ? node : block;
    if (node.type === "link" && kinds.has(String(node.data?.hProperties?.dataKind))) found.push({ block: here ?? node, link: node });
    if ("children" in node) for (const child of node.children) walk(child as Nodes, here);
  };
  for (const node of nodes) walk(node, null);
  return found;
}
