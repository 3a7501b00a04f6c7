import type { ConceptId, Theme } from "../../shared/types";

/** The map's layout as the build computes it (see src/pipeline/concept-map.ts). */
export interface MapLayoutData {
  width: number;
  height: number;
  nodes: { id: ConceptId; theme: Theme; x: number; y: number; degree: number }[];
  edges: [number, number][];
}
