import { Link } from "wouter";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { routes } from "../../shared/routes";

export interface Crumb {
  label: string;
  href: string;
}

/** Home › Chapter › Section; the last crumb is the current page and is not a link. */
export function Breadcrumbs({ lang, trail }: { lang: Lang; trail: Crumb[] }) {
  const t = UI[lang];
  const all = [{ label: t.home, href: routes.home(lang) }, ...trail];
  return (
    <nav aria-label={t.breadcrumbs} className="breadcrumbs">
      <ol>
        {all.map((crumb, i) => (
          <li key={crumb.href}>
            {i === all.length - 1 ? (
              <span aria-current="page">{crumb.label}</span>
            ) : (
              <Link href={crumb.href}>{crumb.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
