/** The figures of one language (number, placement, mentions), loaded by the figure pages. */
import { type Loaded, resource, useResource } from "../../shared/resource";
import type { FigureEntry, Lang } from "../../shared/types";

const lists: Record<Lang, ReturnType<typeof resource<FigureEntry[]>>> = {
  en: resource(() => import("virtual:reader/figures/en").then((m) => m.default)),
  zh: resource(() => import("virtual:reader/figures/zh").then((m) => m.default)),
};

export const preloadFigureList = (lang: Lang) => lists[lang].load();

export function useFigureList(lang: Lang): Loaded<FigureEntry[]> {
  return useResource(lists[lang]);
}
