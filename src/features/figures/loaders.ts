/** Each figure's code is its own chunk, loaded when the figure nears the viewport (or its page opens). */
import { lazyWithPreload, type Preloadable } from "../../shared/lazy-with-preload";
import { type FigureName, isFigureName } from "../../shared/figures/registry";
import type { FigureProps } from "./types";

export const FIGURE_COMPONENTS: Record<FigureName, Preloadable<FigureProps>> = {
  "scaling-explorer": lazyWithPreload(() => import("./scaling/ScalingExplorer").then((m) => m.default)),
  "training-memory": lazyWithPreload(() => import("./memory/TrainingMemory").then((m) => m.default)),
  "inference-cost": lazyWithPreload(() => import("./inference/InferenceCost").then((m) => m.default)),
  "model-timeline": lazyWithPreload(() => import("./timeline/ModelTimeline").then((m) => m.default)),
  "decoding-strategies": lazyWithPreload(() => import("./decoding/DecodingStrategies").then((m) => m.default)),
};

/** Loads figures' code so that they render at once (the prerender, and a figure's own page). */
export function preloadFigures(names: readonly string[]): Promise<unknown> {
  return Promise.all(names.filter(isFigureName).map((name) => FIGURE_COMPONENTS[name].preload()));
}
