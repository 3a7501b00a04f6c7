/// <reference types="vite-plugin-pwa/client" />
/** What the build hands the browser (see src/pipeline/vite-plugin.ts). */
declare module "virtual:reader/toc" {
  import type { Lang, Toc } from "@shared/types";
  const tocs: Record<Lang, Toc>;
  export default tocs;
}
declare module "virtual:reader/pages" {
  import type { PageData } from "@shared/types";
  export const pages: Record<string, () => Promise<{ default: PageData }>>;
}
declare module "virtual:reader/problems" {
  import type { ContentProblem } from "@shared/types";
  const problems: ContentProblem[];
  export default problems;
}
declare module "virtual:reader/concepts/*" {
  import type { ConceptSummary } from "@shared/types";
  const concepts: ConceptSummary[];
  export default concepts;
}
declare module "virtual:reader/concept-map" {
  import type { ConceptId, Theme } from "@shared/types";
  const layout: {
    width: number;
    height: number;
    nodes: { id: ConceptId; theme: Theme; x: number; y: number; degree: number }[];
    edges: [number, number][];
  };
  export default layout;
}
declare module "virtual:reader/papers/*" {
  import type { PaperEntry } from "@shared/types";
  const papers: PaperEntry[];
  export default papers;
}
declare module "virtual:reader/entities/*" {
  import type { EntityEntry } from "@shared/types";
  const entries: EntityEntry[];
  export default entries;
}
declare module "virtual:reader/figures/*" {
  import type { FigureEntry } from "@shared/types";
  const figures: FigureEntry[];
  export default figures;
}
