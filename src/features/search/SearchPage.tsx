/** `/{lang}/search?q=…` — the full results page. Its body loads with the engine, on first visit. */
import { lazy, Suspense } from "react";
import type { Lang } from "../../shared/types";
import { SEARCH_TEXT } from "./search-text";

const ResultsPage = lazy(() => import("./ResultsPage"));

export function SearchPage({ lang }: { lang: Lang }) {
  return (
    <Suspense fallback={<h1>{SEARCH_TEXT[lang].pageTitle}</h1>}>
      <ResultsPage lang={lang} />
    </Suspense>
  );
}
