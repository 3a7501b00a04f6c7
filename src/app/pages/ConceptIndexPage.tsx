import { Link } from "wouter";
import { ConceptIndex } from "../../features/concepts/ConceptIndex";
import { useConceptList } from "../../features/concepts/concept-data";
import { CONCEPT_TEXT } from "../../features/concepts/concept-text";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { LoadFailed } from "../LoadFailed";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

export function ConceptIndexPage({ lang }: { lang: Lang }) {
  const c = CONCEPT_TEXT[lang];
  const t = UI[lang];
  const list = useConceptList(lang);
  useDocumentTitle(c.concepts, t.bookTitle);
  useScrollOnLoad(list.status === "ready", routes.concepts(lang));
  return (
    <article>
      <h1>{c.concepts}</h1>
      <p className="lede">{c.indexIntro}</p>
      <p>
        <Link href={routes.conceptMap(lang)}>{c.viewMap} →</Link>
      </p>
      {list.status === "ready" ? <ConceptIndex lang={lang} concepts={list.data} /> : null}
      {list.status === "loading" ? <p className="loading">{t.loading}</p> : null}
      {list.status === "error" ? (
        <LoadFailed lang={lang} error={list.error} />
      ) : null}
    </article>
  );
}
