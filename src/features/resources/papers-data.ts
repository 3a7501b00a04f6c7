/** The bibliography of one language, loaded the first time a page needs it. */
import { type Loaded, resource, useResource } from "../../shared/resource";
import type { Lang, PaperEntry } from "../../shared/types";

const lists: Record<Lang, ReturnType<typeof resource<PaperEntry[]>>> = {
  en: resource(() => import("virtual:reader/papers/en").then((m) => m.default)),
  zh: resource(() => import("virtual:reader/papers/zh").then((m) => m.default)),
};

export const preloadPapers = (lang: Lang) => lists[lang].load();
export const usePapers = (lang: Lang): Loaded<PaperEntry[]> => useResource(lists[lang]);
