/** One catalogue (models, datasets or benchmarks) of one language, loaded when its page opens. */
import { type Loaded, resourceFamily, useResource } from "../../shared/resource";
import type { EntityEntry, EntityKind, Lang } from "../../shared/types";

const catalogues = resourceFamily<EntityEntry[]>((key) => {
  const [lang, kind] = key.split("/") as [Lang, EntityKind];
  // One import per (language, kind) so the bundler emits one small chunk each.
  const loaders: Record<string, () => Promise<{ default: EntityEntry[] }>> = {
    "en/model": () => import("virtual:reader/entities/en/model"),
    "en/dataset": () => import("virtual:reader/entities/en/dataset"),
    "en/benchmark": () => import("virtual:reader/entities/en/benchmark"),
    "zh/model": () => import("virtual:reader/entities/zh/model"),
    "zh/dataset": () => import("virtual:reader/entities/zh/dataset"),
    "zh/benchmark": () => import("virtual:reader/entities/zh/benchmark"),
  };
  const load = loaders[`${lang}/${kind}`];
  return load ? load().then((m) => m.default) : Promise.reject(new Error(`no catalogue ${key}`));
});

export const preloadCatalogue = (lang: Lang, kind: EntityKind) => catalogues(`${lang}/${kind}`).load();
export const useCatalogue = (lang: Lang, kind: EntityKind): Loaded<EntityEntry[]> => useResource(catalogues(`${lang}/${kind}`));
