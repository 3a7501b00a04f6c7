/** Every interactive figure, in book order, with where it is placed. */
import { Link } from "wouter";
import { useFigureList } from "../../features/figures/figure-data";
import { isFigureName } from "../../shared/figures/registry";
import { FIGURE_TEXT, FIGURE_UI } from "../../shared/figures/text";
import { routes } from "../../shared/routes";
import type { FigureEntry, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { LoadFailed } from "../LoadFailed";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";

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
