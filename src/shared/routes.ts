/** URL building and parsing, shared by the build (to resolve links) and the browser (to navigate). */
import type { ChapterId, ConceptId, EntityKind, Lang, SectionId } from "./types";
import { LANGS } from "./types";

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  chapter: (lang: Lang, chapter: ChapterId) => `/${lang}/${chapter}/`,
  section: (lang: Lang, chapter: ChapterId, section: SectionId) => `/${lang}/${chapter}/${section}/`,
  concepts: (lang: Lang) => `/${lang}/concepts/`,
  concept: (lang: Lang, concept: ConceptId) => `/${lang}/concepts/${concept}/`,
  conceptMap: (lang: Lang) => `/${lang}/concepts/map/`,
  papers: (lang: Lang, id?: string) => `/${lang}/papers/${id ? `#${id}` : ""}`,
  /** A catalogue (`/en/models/`), or one entry on it (`/en/models/#llama`). */
  catalogue: (lang: Lang, kind: EntityKind, id?: string) => `/${lang}/${CATALOGUE_SEGMENT[kind]}/${id ? `#${id}` : ""}`,
  notes: (lang: Lang) => `/${lang}/notes/`,
  figures: (lang: Lang) => `/${lang}/figures/`,
  figure: (lang: Lang, name: string) => `/${lang}/figures/${name}/`,
  search: (lang: Lang, query = "") => `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ""}`,
};

export const CATALOGUE_SEGMENT: Record<EntityKind, string> = { model: "models", dataset: "datasets", benchmark: "benchmarks" };

export function isLang(value: string | undefined): value is Lang {
  return LANGS.includes(value as Lang);
}

/** The same path in another language: only the first segment changes. */
export function switchLangPath(path: string, to: Lang): string {
  const [, first, ...rest] = path.split("/");
  if (!isLang(first)) return routes.home(to);
  return ["", to, ...rest].join("/");
}

/** The reader's first preferred language decides: "zh-CN" → zh, anything else → en. */
export function langFromBrowser(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
