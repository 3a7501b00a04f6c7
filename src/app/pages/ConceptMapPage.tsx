import { Suspense } from "react";
import { Link } from "wouter";
import { useConceptList, useMapLayout } from "../../features/concepts/concept-data";
import { CONCEPT_TEXT } from "../../features/concepts/concept-text";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { LoadFailed } from "../LoadFailed";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { lazyPages } from "../lazy-pages";
import { useDocumentTitle } from "./page-hooks";

const { ConceptMap } = lazyPages;

export function ConceptMapPage({ lang }: { lang: Lang }) {
  const c = CONCEPT_TEXT[lang];
  const t = UI[lang];
  const list = useConceptList(lang);
  const layout = useMapLayout();
  useDocumentTitle(c.conceptMap, t.bookTitle);
  const failed = list.status === "error" ? list.error : layout.status === "error" ? layout.error : null;
  return (
    <article className="concept-map-page">
      <Breadcrumbs lang={lang} trail={[{ label: c.concepts, href: routes.concepts(lang) }, { label: c.conceptMap, href: routes.conceptMap(lang) }]} />
      <h1>{c.conceptMap}</h1>
      <p>
        <Link href={routes.concepts(lang)}>{c.viewIndex} →</Link>
      </p>
      {failed ? (
        <LoadFailed lang={lang} error={failed} />
      ) : list.status === "ready" && layout.status === "ready" ? (
        <Suspense fallback={<p className="loading">{t.loading}</p>}>
          <ConceptMap lang={lang} layout={layout.data} concepts={list.data} />
        </Suspense>
      ) : (
        <p className="loading">{t.loading}</p>
      )}
    </article>
  );
}
