import { describe, expect, it } from "vitest";
import { labelBox, labelledAtFirstSight, type LabelNode } from "../../src/features/concepts/map-labels";

describe("concept map labels at first sight", () => {
  const node = (x: number, y: number, label: string, degree: number): LabelNode => ({ x, y, radius: 8, label, degree });

  it("labels the best-connected of two crowded concepts and skips the other", () => {
    const nodes = [node(100, 100, "Scaling laws", 3), node(120, 104, "Emergent abilities", 9), node(400, 100, "LoRA", 1)];
    expect([...labelledAtFirstSight(nodes, 15)].sort()).toEqual([1, 2]);
  });

  it("never places two labels that overlap, nor a label over another node", () => {
    const nodes = Array.from({ length: 60 }, (_, i) => node((i * 97) % 600, (i * 53) % 400, `概念 concept ${i}`, i % 7));
    const chosen = [...labelledAtFirstSight(nodes, 15)];
    expect(chosen.length).toBeGreaterThan(5);
    const boxes = chosen.map((i) => labelBox(nodes[i]!, 15));
    for (const [k, a] of boxes.entries()) {
      for (const b of boxes.slice(k + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      for (const [j, n] of nodes.entries()) {
        if (j === chosen[k]) continue;
        const hit = n.x + n.radius > a.left && n.x - n.radius < a.right && n.y + n.radius > a.top && n.y - n.radius < a.bottom;
        expect(hit).toBe(false);
      }
    }
  });
});
