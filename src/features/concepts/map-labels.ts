/**
 * Which concepts the map labels at first sight: the best-connected first, each only if its label
 * would not overlap a label (or a node) already placed. The rest show their name on hover, focus,
 * or as neighbours of the concept being looked at. Pure and deterministic, so the prerendered map
 * and the hydrated one label the same nodes.
 */
export interface LabelNode {
  x: number;
  y: number;
  radius: number;
  label: string;
  degree: number;
}

/** Label size on screen, in CSS pixels (see .map-node text). */
export const LABEL_PX = 13;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A rough width for a label: CJK characters are about square, Latin ones about half as wide. */
export function labelWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6;
  return width;
}

/** `size`: the label's font size in map units. */
export function labelBox(node: LabelNode, size: number): Box {
  const half = labelWidth(node.label, size) / 2 + size * 0.15;
  const top = node.y + node.radius + 3;
  return { left: node.x - half, right: node.x + half, top, bottom: top + size * 1.2 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** `size`: the labels' font size in map units. */
export function labelledAtFirstSight(nodes: LabelNode[], size: number): Set<number> {
  const circles: Box[] = nodes.map((n) => ({ left: n.x - n.radius, right: n.x + n.radius, top: n.y - n.radius, bottom: n.y + n.radius }));
  const placed: Box[] = [];
  const chosen = new Set<number>();
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.degree - nodes[a]!.degree || a - b);
  for (const i of order) {
    const box = labelBox(nodes[i]!, size);
    if (placed.some((p) => overlaps(p, box))) continue;
    if (circles.some((c, j) => j !== i && overlaps(c, box))) continue;
    placed.push(box);
    chosen.add(i);
  }
  return chosen;
}
