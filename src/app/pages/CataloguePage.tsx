/** `/{lang}/models/`, `/{lang}/datasets/`, `/{lang}/benchmarks/`: one catalogue of named resources. */
import { Catalogue } from "../../features/resources/Catalogue";
import { useCatalogue } from "../../features/resources/catalogue-data";
import { CATALOGUE_TEXT } from "../../features/resources/catalogue-text";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { routes } from "../../shared/routes";
import type { EntityKind, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { LoadState } from "./LoadState";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

export function CataloguePage({ lang, kind }: { lang: Lang; kind: EntityKind }) {
  const title = RESOURCE_TEXT[lang].catalogue[kind];
  const list = useCatalogue(lang, kind);
  useDocumentTitle(title, UI[lang].bookTitle);
  useScrollOnLoad(list.status === "ready", routes.catalogue(lang, kind));
  return (
    <article className="catalogue-page">
      <h1>{title}</h1>
      <p className="lede">{CATALOGUE_TEXT[lang].intro[kind]}</p>
      {list.status === "ready" ? <Catalogue lang={lang} kind={kind} entries={list.data} /> : <LoadState lang={lang} state={list} />}
    </article>
  );
}
