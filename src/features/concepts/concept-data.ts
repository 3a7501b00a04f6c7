/** The concept list and the map layout, each loaded the first time a page needs it. */
import { useEffect, useState } from "react";
import type { ConceptSummary, Lang } from "../../shared/types";

const lists: Record<Lang, () => Promise<{ default: ConceptSummary[] }>> = {
  en: () => import("virtual:reader/concepts/en"),
  zh: () => import("virtual:reader/concepts/zh"),
};

export type Loaded<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: Error };

function useLoaded<T>(load: () => Promise<{ default: T }>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; value: Loaded<T> }>({ key, value: { status: "loading" } });
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setState({ key, value: { status: "ready", data: m.default } }),
      (error: unknown) => live && setState({ key, value: { status: "error", error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      live = false;
    };
  }, [load, key]);
  return state.key === key ? state.value : { status: "loading" };
}

export function useConceptList(lang: Lang): Loaded<ConceptSummary[]> {
  return useLoaded(lists[lang], lang);
}

const loadLayout = () => import("virtual:reader/concept-map");

export function useMapLayout() {
  return useLoaded(loadLayout, "map");
}
