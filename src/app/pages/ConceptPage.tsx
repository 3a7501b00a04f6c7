/** `/{lang}/concepts/{id}/`: definition, body, related concepts, where the book discusses it. */
import { useLocation } from "wouter";
import { Article } from "../../features/content/Article";
import { pageKey, usePage } from "../../features/content/load-page";
import { CONCEPT_TEXT } from "../../features/concepts/concept-text";
import { DiscussedIn } from "../../features/concepts/DiscussedIn";
import { ReferenceList } from "../../features/content/ReferenceList";
import { PreviewLink, previewLinks } from "../../features/previews/PreviewLink";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { CARD_LABELS } from "../card-labels";
import { SearchHighlight } from "../../features/search/SearchHighlight";
import { titleWithShort } from "../../shared/concept-title";
import { routes } from "../../shared/routes";
import type { ConceptId, Lang, PageData } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";
import { LoadState } from "./LoadState";

export function ConceptPage({ lang, conceptId }: { lang: Lang; conceptId: string }) {
  const t = UI[lang];
  const c = CONCEPT_TEXT[lang];
  const [path] = useLocation();
  const state = usePage(pageKey(lang, "concept", conceptId));
  const concept = state.status === "ready" ? state.data.concept : undefined;
  useDocumentTitle(concept ? concept.summary.title : state.status === "missing" ? t.notFoundTitle : c.concepts, t.bookTitle);
  useScrollOnLoad(state.status === "ready", path);
  if (state.status === "missing") return <NotFoundPage lang={lang} />;
  if (state.status !== "ready" || !concept) return <LoadState lang={lang} state={state} />;
  const { summary, backlinks } = concept;
  const page = state.data;
  const chip = (id: ConceptId) => (
    <li key={id}>
      <PreviewLink href={routes.concept(lang, id)} samePage={false} preview={page.previews[`concept:${id}`]} labels={CARD_LABELS[lang]}>
        {page.previews[`concept:${id}`]?.title ?? id}
      </PreviewLink>
    </li>
  );
  return (
    <article className="concept-page">
      <Breadcrumbs lang={lang} trail={[{ label: c.concepts, href: routes.concepts(lang) }, { label: summary.title, href: routes.concept(lang, summary.id) }]} />
      <h1>{titleWithShort(summary.title, summary.short)}</h1>
      <p className="lede">{summary.summary}</p>
      <p className="concept-aliases">
        {c.aliases}: {summary.aliases.join(" · ")}
      </p>
      <ConceptBody page={page} lang={lang} />
      {page.references ? <ReferenceList lang={lang} references={page.references} /> : null}
      <SearchHighlight ready />
      {summary.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{c.related}</h2>
          <ul className="concept-chips">{summary.related.map(chip)}</ul>
        </section>
      ) : null}
      <DiscussedIn lang={lang} conceptId={summary.id} mentions={backlinks.discussedIn} />
      {backlinks.linkedFrom.length > 0 ? (
        <section aria-labelledby="linked-from-heading">
          <h2 id="linked-from-heading">{c.linkedFrom}</h2>
          <ul className="concept-chips">{backlinks.linkedFrom.map(chip)}</ul>
        </section>
      ) : null}
    </article>
  );
}

function ConceptBody({ page, lang }: { page: PageData; lang: Lang }) {
  const t = UI[lang];
  return (
    <Article
      hast={page.hast}
      permalinkLabel={t.permalink}
      tableLabel={t.table}
      scrollHint={t.scrollsSideways}
      renderLink={previewLinks(page.previews, CARD_LABELS[lang])}
      newTabLabel={RESOURCE_TEXT[lang].newTab}
    />
  );
}
