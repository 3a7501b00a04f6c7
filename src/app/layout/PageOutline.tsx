/**
 * "On this page": the section's ### headings. A rail beside the text on wide screens, a folded list
 * above it otherwise; the heading being read is marked as the reader scrolls.
 */
import { useEffect, useState } from "react";
import type { Lang, SubsectionEntry } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { numbered } from "../../shared/reading-order";

export function PageOutline({ lang, items, ready }: { lang: Lang; items: SubsectionEntry[]; ready: boolean }) {
  const t = UI[lang];
  const current = useCurrentHeading(items, ready);
  if (items.length < 2) return null;
  const list = (
    <ol>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`#${item.id}`} aria-current={current === item.id ? "location" : undefined}>
            {numbered(item.number, item.title)}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="page-outline" aria-label={t.onThisPage}>
      <details className="outline-folded">
        <summary>{t.onThisPage}</summary>
        {list}
      </details>
      <div className="outline-rail">
        <p className="outline-title">{t.onThisPage}</p>
        {list}
      </div>
    </nav>
  );
}

/** The last heading that has scrolled above the upper third of the window. */
function useCurrentHeading(items: SubsectionEntry[], ready: boolean): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const headings = items.map((i) => document.getElementById(i.id)).filter((h): h is HTMLElement => h !== null);
    const update = () => {
      const line = window.innerHeight / 3;
      const passed = headings.filter((h) => h.getBoundingClientRect().top < line);
      setCurrent(passed.at(-1)?.id ?? null);
    };
    update();
    window.addEventListener("scroll", update, { passive: true });
    return () => window.removeEventListener("scroll", update);
  }, [items, ready]);
  return current;
}
