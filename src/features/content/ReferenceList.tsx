/** A page's "References": the papers it cites, numbered in order of first citation like its [n] marks. */
import { Link } from "wouter";
import { ExternalLink } from "../../shared/ExternalLink";
import { paperByline } from "../../shared/paper-byline";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { routes } from "../../shared/routes";
import type { Lang, PaperRef } from "../../shared/types";

export function ReferenceList({ lang, references }: { lang: Lang; references: PaperRef[] }) {
  const t = RESOURCE_TEXT[lang];
  return (
    <section className="reference-list" aria-labelledby="page-references">
      <h2 id="page-references">{t.references}</h2>
      <ol>
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            <ExternalLink href={r.url} newTabLabel={t.newTab}>
              {r.title}
            </ExternalLink>
            {paperByline(r) ? <span className="reference-byline"> — {paperByline(r)}</span> : null}{" "}
            <Link href={routes.papers(lang, r.id)} className="reference-more">
              {t.inBibliography}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
