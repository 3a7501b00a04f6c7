/**
 * Stage 12: the concept map's layout, computed here with d3-force so the reader's browser only
 * draws it (no physics simulation on the reader's device). Deterministic: d3-force seeds its own
 * random source, so the same concepts give the same picture on every build.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { THEMES, type ConceptId, type Theme } from "../shared/types";
import type { ConceptDoc } from "./documents";

export interface MapLayout {
  width: number;
  height: number;
  nodes: { id: ConceptId; theme: Theme; x: number; y: number; degree: number }[];
  /** Undirected edges, each pair once, as indices into `nodes`. */
  edges: [number, number][];
}

interface Node extends SimulationNodeDatum {
  id: string;
  theme: Theme;
}

const WIDTH = 1200;
const HEIGHT = 900;
const PADDING = 60;

/** `linksBetween`: concept → concepts its page links to (in addition to `related`). */
export function layoutConceptMap(concepts: ConceptDoc[], linksBetween: Map<string, Set<string>>): MapLayout {
  const ids = concepts.map((c) => c.meta.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edgeKeys = new Set<string>();
  const edges: [number, number][] = [];
  for (const concept of concepts) {
    const from = index.get(concept.meta.id) ?? -1;
    for (const target of new Set([...concept.meta.related, ...(linksBetween.get(concept.meta.id) ?? [])])) {
      const to = index.get(target);
      if (to === undefined || to === from) continue;
      const key = from < to ? `${from}-${to}` : `${to}-${from}`;
      if (edgeKeys.has(key)) continue;
      edgeKeys.add(key);
      edges.push(from < to ? [from, to] : [to, from]);
    }
  }

  // Each theme pulls its concepts towards its own point on an ellipse, so themes form regions.
  const anchor = (theme: Theme) => {
    const angle = (THEMES.indexOf(theme) / THEMES.length) * 2 * Math.PI;
    return { x: Math.cos(angle) * WIDTH * 0.3, y: Math.sin(angle) * HEIGHT * 0.3 };
  };
  const nodes: Node[] = concepts.map((c) => ({ id: c.meta.id, theme: c.meta.theme }));
  const simulation = forceSimulation(nodes)
    .force("link", forceLink(edges.map(([s, t]) => ({ source: s, target: t }))).distance(90).strength(0.15))
    .force("charge", forceManyBody().strength(-260))
    .force("collide", forceCollide(46))
    .force("x", forceX<Node>((n) => anchor(n.theme).x).strength(0.12))
    .force("y", forceY<Node>((n) => anchor(n.theme).y).strength(0.12))
    .stop();
  for (let i = 0; i < 400; i++) simulation.tick();

  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * PADDING) / (maxX - minX || 1), (HEIGHT - 2 * PADDING) / (maxY - minY || 1));
  const degree = new Array<number>(nodes.length).fill(0);
  for (const [a, b] of edges) {
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    nodes: nodes.map((n, i) => ({
      id: n.id as ConceptId,
      theme: n.theme,
      x: Math.round(PADDING + ((n.x ?? 0) - minX) * scale),
      y: Math.round(PADDING + ((n.y ?? 0) - minY) * scale),
      degree: degree[i] ?? 0,
    })),
    edges,
  };
}
