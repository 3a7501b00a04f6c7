/** The concept list and the map layout, each loaded the first time a page needs it. */
import { type Loaded, resource, useResource } from "../../shared/resource";
import type { ConceptSummary, Lang } from "../../shared/types";
import type { MapLayoutData } from "./map-layout";

const lists: Record<Lang, ReturnType<typeof resource<ConceptSummary[]>>> = {
  en: resource(() => import("virtual:reader/concepts/en").then((m) => m.default)),
  zh: resource(() => import("virtual:reader/concepts/zh").then((m) => m.default)),
};

const layout = resource<MapLayoutData>(() => import("virtual:reader/concept-map").then((m) => m.default));

export const preloadConceptList = (lang: Lang) => lists[lang].load();
export const preloadMapLayout = () => layout.load();

export function useConceptList(lang: Lang): Loaded<ConceptSummary[]> {
  return useResource(lists[lang]);
}

export function useMapLayout(): Loaded<MapLayoutData> {
  return useResource(layout);
}
