import type { Lang } from "../../shared/types";

/** `/{lang}/search?q=` — full results page. (Placeholder until the search feature lands.) */
export function SearchPage({ lang }: { lang: Lang }) {
  return <h1>{lang === "zh" ? "搜索" : "Search"}</h1>;
}
