/** The URL scheme of the reader, as a pure function from a path to what to show. */
import { CATALOGUE_SEGMENT, isLang } from "./routes";
import type { EntityKind, Lang } from "./types";

export type Match =
  | { kind: "root" }
  | { kind: "redirect"; to: string }
  | { kind: "home"; lang: Lang }
  | { kind: "chapter"; lang: Lang; chapter: string }
  | { kind: "section"; lang: Lang; chapter: string; section: string }
  | { kind: "concepts"; lang: Lang }
  | { kind: "concept-map"; lang: Lang }
  | { kind: "concept"; lang: Lang; concept: string }
  | { kind: "figures"; lang: Lang }
  | { kind: "figure"; lang: Lang; figure: string }
  | { kind: "search"; lang: Lang }
  | { kind: "papers"; lang: Lang }
  | { kind: "catalogue"; lang: Lang; entity: EntityKind }
  | { kind: "notes"; lang: Lang }
  | { kind: "not-found"; lang: Lang | null };

export function matchRoute(path: string): Match {
  if (path === "/" || path === "") return { kind: "root" };
  const segments = path.split("/").filter(Boolean);
  const [lang, a, b, c] = segments;
  if (!isLang(lang)) return { kind: "not-found", lang: null };
  if (a === "search" && segments.length === 2) return { kind: "search", lang };
  // Pages are directories: /en/overview → /en/overview/ so relative anchors and reloads agree.
  if (!path.endsWith("/")) return { kind: "redirect", to: `${path}/` };
  if (segments.length === 1) return { kind: "home", lang };
  if (a === "notes" && segments.length === 2) return { kind: "notes", lang };
  if (a === "concepts") {
    if (segments.length === 2) return { kind: "concepts", lang };
    if (segments.length === 3 && b === "map") return { kind: "concept-map", lang };
    if (segments.length === 3 && b) return { kind: "concept", lang, concept: b };
    return { kind: "not-found", lang };
  }
  if (segments.length === 2 && a === "papers") return { kind: "papers", lang };
  const entity = catalogueKind(a);
  if (segments.length === 2 && entity) return { kind: "catalogue", lang, entity };
  if (a === "figures") {
    if (segments.length === 2) return { kind: "figures", lang };
    if (segments.length === 3 && b) return { kind: "figure", lang, figure: b };
    return { kind: "not-found", lang };
  }
  if (segments.length === 2 && a) return { kind: "chapter", lang, chapter: a };
  if (segments.length === 3 && a && b && !c) return { kind: "section", lang, chapter: a, section: b };
  return { kind: "not-found", lang };
}

function catalogueKind(segment: string | undefined): EntityKind | null {
  const found = Object.entries(CATALOGUE_SEGMENT).find(([, s]) => s === segment);
  return found ? (found[0] as EntityKind) : null;
}
