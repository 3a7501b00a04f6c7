import type { FigureState } from "../../shared/figures/params";
import type { Lang } from "../../shared/types";

/** What every figure component receives: the page's language and its starting state. */
export interface FigureProps {
  lang: Lang;
  /** The registry's defaults overlaid with the figure's Markdown attributes. */
  base: FigureState;
}
