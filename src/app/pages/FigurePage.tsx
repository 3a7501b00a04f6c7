/** A figure on a page of its own: the figure, where the book places it, and where the text links to it. */
import { Link, useLocation } from "wouter";
import { useFigureList } from "../../features/figures/figure-data";
import { isFigureName } from "../../shared/figures/registry";
import { FIGURE_TEXT, FIGURE_UI } from "../../shared/figures/text";
import { routes } from "../../shared/routes";
import type { FigurePlace, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { lazyPages } from "../lazy-pages";
import { LoadFailed } from "../LoadFailed";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

export function FigurePage({ lang, name }: { lang: Lang; name: string }) {
  const t = UI[lang];
  const f = FIGURE_UI[lang];
  const [path] = useLocation();
  const list = useFigureList(lang);
  const known = isFigureName(name);
  useDocumentTitle(known ? FIGURE_TEXT[lang][name].title : t.notFoundTitle, t.bookTitle);
  useScrollOnLoad(list.status === "ready", path);
  if (!known) return <NotFoundPage lang={lang} />;
  const text = FIGURE_TEXT[lang][name];
  const entry = list.status === "ready" ? list.data.find((e) => e.name === name) : undefined;
  return (
    <article className="figure-page">
      <Breadcrumbs
        lang={lang}
        trail={[
          { label: f.figures, href: routes.figures(lang) },
          { label: text.title, href: routes.figure(lang, name) },
        ]}
      />
      <h1>{text.title}</h1>
      {list.status === "error" ? <LoadFailed lang={lang} error={list.error} /> : null}
      {list.status === "loading" ? <p className="loading">{t.loading}</p> : null}
      {entry ? (
        <>
          <lazyPages.FigureEmbed lang={lang} name={name} number={entry.number} standalone />
          {entry.placement ? (
            <section className="figure-places" aria-labelledby="figure-placed-heading">
              <h2 id="figure-placed-heading">{f.placedIn}</h2>
              <ul>
                <li>
                  <PlaceLink place={entry.placement} />
                  {entry.number ? ` — ${f.figure(entry.number)}` : null}
                </li>
              </ul>
            </section>
          ) : null}
          {entry.mentions.length > 0 ? (
            <section className="figure-places" aria-labelledby="figure-mentions-heading">
              <h2 id="figure-mentions-heading">{f.discussedIn}</h2>
              <ul>
                {entry.mentions.map((m) => (
                  <li key={m.href}>
                    <PlaceLink place={m} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

function PlaceLink({ place }: { place: FigurePlace }) {
  return (
    <Link href={place.href}>
      {place.number ? <span className="heading-number">{place.number}</span> : null}
      {place.title}
    </Link>
  );
}
