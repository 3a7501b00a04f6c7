import type { Theme } from "../../shared/types";

/** One colour per theme, distinguishable from each other and readable against both themes' backgrounds. */
export const THEME_COLOURS: Record<Theme, string> = {
  foundations: "#4e79a7",
  data: "#f28e2b",
  architecture: "#e15759",
  training: "#76b7b2",
  "post-training": "#59a14f",
  utilization: "#edc948",
  evaluation: "#b07aa1",
  efficiency: "#ff9da7",
  applications: "#9c755f",
  safety: "#bab0ac",
};
