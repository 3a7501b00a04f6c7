/**
 * The figures' pages, one chunk: the index of every figure, and a figure on a page of its own with
 * where the book places it and where the text links to it.
 */
import { Link, useLocation } from "wouter";
import { useFigureList, preloadFigureList } from "../../features/figures/figure-data";
import { preloadFigures } from "../../features/figures/loaders";
import { isFigureName } from "../../shared/figures/registry";
import { FIGURE_TEXT, FIGURE_UI } from "../../shared/figures/text";
import type { Match } from "../../shared/match-route";
import { routes } from "../../shared/routes";
import type { FigureEntry, FigurePlace, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { lazyPages } from "../lazy-pages";
import { LoadFailed } from "../LoadFailed";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

/** What a figure page's first render needs (see src/app/preload-route.ts). */
export function preloadFigurePages(match: Match): Promise<unknown> {
  if (match.kind === "figures") return preloadFigureList(match.lang);
  if (match.kind !== "figure") return Promise.resolve();
  // On its own page a figure is interactive from the start: its code loads before hydrating.
  return Promise.all([preloadFigureList(match.lang), lazyPages.FigureEmbed.preload(), preloadFigures([match.figure])]);
}

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

/** Placed figures by number (2.1 before 9.1 before 10.1), then unplaced ones. */
function byNumber(a: FigureEntry, b: FigureEntry): number {
  const key = (e: FigureEntry) => (e.number ? e.number.split(".").map(Number) : [Number.POSITIVE_INFINITY]);
  const [x, y] = [key(a), key(b)];
  return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
}

export function FigureIndexPage({ lang }: { lang: Lang }) {
  const t = UI[lang];
  const f = FIGURE_UI[lang];
  const list = useFigureList(lang);
  useDocumentTitle(f.figures, t.bookTitle);
  useScrollOnLoad(list.status === "ready", routes.figures(lang));
  return (
    <article className="figure-index">
      <h1>{f.figures}</h1>
      <p className="lede">{f.figuresIntro}</p>
      {list.status === "ready" ? (
        <ol className="figure-list">
          {[...list.data].sort(byNumber).map((entry) => {
            if (!isFigureName(entry.name)) return null;
            const text = FIGURE_TEXT[lang][entry.name];
            return (
              <li key={entry.name}>
                <h2>
                  <Link href={routes.figure(lang, entry.name)}>
                    {entry.number ? <span className="heading-number">{f.figure(entry.number)}</span> : null}
                    {text.title}
                  </Link>
                </h2>
                <p>{text.summary}</p>
                {entry.placement ? (
                  <p className="figure-list-place">
                    {f.placedIn}:{" "}
                    <Link href={entry.placement.href}>
                      {entry.placement.number ? `${entry.placement.number} ` : ""}
                      {entry.placement.title}
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {list.status === "loading" ? <p className="loading">{t.loading}</p> : null}
      {list.status === "error" ? <LoadFailed lang={lang} error={list.error} /> : null}
    </article>
  );
}
