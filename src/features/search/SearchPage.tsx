/** `/{lang}/search/?q=…` — the full results page. Its body loads with the engine, on first visit. */
import { Suspense } from "react";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import type { Lang } from "../../shared/types";
import { SEARCH_TEXT } from "./search-text";

const ResultsPage = lazyWithPreload(() => import("./ResultsPage").then((m) => m.default));

/** Loads the results page's code before the page renders (prerender and hydration). */
export const preloadSearchPage = ResultsPage.preload;

export function SearchPage({ lang }: { lang: Lang }) {
  const t = SEARCH_TEXT[lang];
  return (
    <>
      {/* Shown until scripts run (index.html marks <html> with .js before the first paint). */}
      <p className="notice no-js-only">{t.needsJavaScript}</p>
      <Suspense fallback={<h1>{t.pageTitle}</h1>}>
        <ResultsPage lang={lang} />
      </Suspense>
    </>
  );
}
