import { Link } from "wouter";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useDocumentTitle } from "./page-hooks";

export function NotFoundPage({ lang }: { lang: Lang }) {
  const t = UI[lang];
  useDocumentTitle(t.notFoundTitle, t.bookTitle);
  return (
    <article className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href={routes.home(lang)}>{t.goHome}</Link>
      </p>
    </article>
  );
}
