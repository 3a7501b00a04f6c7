import type { Lang } from "../../shared/types";

/** Header search button + Ctrl/⌘K and "/" palette. (Placeholder until the search feature lands.) */
export function SearchLauncher(_props: { lang: Lang }) {
  return null;
}
