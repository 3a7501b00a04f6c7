import { Link } from "wouter";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useDocumentTitle } from "./page-hooks";

/** Routes reserved for concept pages and search until those features land. */
export function ComingSoonPage({ lang }: { lang: Lang }) {
  const t = UI[lang];
  useDocumentTitle(t.comingSoon, t.bookTitle);
  return (
    <article>
      <h1>{t.comingSoon}</h1>
      <p>
        <Link href={routes.home(lang)}>{t.goHome}</Link>
      </p>
    </article>
  );
}
