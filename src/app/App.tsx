/** The shell: picks the page for the URL and wraps it in the layout. Features are composed here. */
import { Suspense, useEffect } from "react";
import { useLocation } from "wouter";
import { matchRoute, type Match } from "../shared/match-route";
import { langFromBrowser, routes } from "../shared/routes";
import { SearchPage } from "../features/search/SearchPage";
import { ErrorBoundary } from "./ErrorBoundary";
import { Shell } from "./layout/Shell";
import { ChapterPage } from "./pages/ChapterPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { SectionPage } from "./pages/SectionPage";
import { lazyPages } from "./lazy-pages";
import { useReader } from "./store";
import { UI } from "../shared/ui-text";

// Reading pages are in the first bundle; concept pages load when first visited.
const { ConceptPage, ConceptIndexPage, ConceptMapPage, PapersPage, CataloguePage, NotesPage, FigurePage, FigureIndexPage } = lazyPages;

export function App() {
  const [path] = useLocation();
  const match = matchRoute(path);
  const lang = "lang" in match && match.lang ? match.lang : null;
  if (match.kind === "root" || match.kind === "redirect") return <Redirect match={match} />;
  return (
    <Shell lang={lang ?? "en"} path={path}>
      {/* Keyed by path: an error on one page doesn't stick to the next. */}
      <ErrorBoundary key={path} lang={lang ?? "en"}>
        <Suspense fallback={<p className="loading">{UI[lang ?? "en"].loading}</p>}>
          <Page match={match} />
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}

function Page({ match }: { match: Match }) {
  switch (match.kind) {
    case "home":
      return <HomePage lang={match.lang} />;
    case "chapter":
      return <ChapterPage lang={match.lang} chapterId={match.chapter} />;
    case "section":
      return <SectionPage lang={match.lang} chapterId={match.chapter} sectionId={match.section} />;
    case "search":
      return <SearchPage lang={match.lang} />;
    case "concepts":
      return <ConceptIndexPage lang={match.lang} />;
    case "concept":
      return <ConceptPage lang={match.lang} conceptId={match.concept} />;
    case "concept-map":
      return <ConceptMapPage lang={match.lang} />;
    case "papers":
      return <PapersPage lang={match.lang} />;
    case "catalogue":
      return <CataloguePage lang={match.lang} kind={match.entity} />;
    case "notes":
      return <NotesPage lang={match.lang} />;
    case "figures":
      return <FigureIndexPage lang={match.lang} />;
    case "figure":
      return <FigurePage lang={match.lang} name={match.figure} />;
    default:
      return <NotFoundPage lang={"lang" in match && match.lang ? match.lang : "en"} />;
  }
}

/** `/` goes to the stored language, else the browser's; `/en/x` goes to `/en/x/`. */
function Redirect({ match }: { match: Match }) {
  const [, navigate] = useLocation();
  const stored = useReader((s) => s.lang);
  useEffect(() => {
    const to = match.kind === "redirect" ? match.to : routes.home(stored ?? langFromBrowser(navigator.languages));
    navigate(to + window.location.search + window.location.hash, { replace: true });
  }, [match, stored, navigate]);
  return null;
}
