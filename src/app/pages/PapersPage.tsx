/** `/{lang}/papers/`: the bibliography. */
import { Bibliography } from "../../features/resources/Bibliography";
import { usePapers } from "../../features/resources/papers-data";
import { PAPERS_TEXT } from "../../features/resources/papers-text";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { LoadState } from "./LoadState";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

export function PapersPage({ lang }: { lang: Lang }) {
  const title = RESOURCE_TEXT[lang].papers;
  const list = usePapers(lang);
  useDocumentTitle(title, UI[lang].bookTitle);
  useScrollOnLoad(list.status === "ready", routes.papers(lang));
  return (
    <article>
      <h1>{title}</h1>
      <p className="lede">{PAPERS_TEXT[lang].intro}</p>
      {list.status === "ready" ? <Bibliography lang={lang} papers={list.data} /> : <LoadState lang={lang} state={list} />}
    </article>
  );
}
