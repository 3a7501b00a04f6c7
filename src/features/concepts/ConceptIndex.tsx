/** Every concept by theme or A–Z, with a filter that matches titles and aliases in either language. */
import { useDeferredValue, useId, useMemo, useState } from "react";
import { Link } from "wouter";
import { titleWithShort } from "../../shared/concept-title";
import { routes } from "../../shared/routes";
import { type ConceptSummary, type Lang, THEMES } from "../../shared/types";
import { CONCEPT_TEXT } from "./concept-text";
import "./concepts.css";
import { matchesConcept } from "./filter";
import { THEME_COLOURS } from "./themes";

type View = "theme" | "az";

export function ConceptIndex({ lang, concepts }: { lang: Lang; concepts: ConceptSummary[] }) {
  const t = CONCEPT_TEXT[lang];
  const [query, setQuery] = useState("");
  const [view, setView] = useState<View>("theme");
  const deferred = useDeferredValue(query);
  const inputId = useId();
  const shown = useMemo(() => concepts.filter((c) => matchesConcept(c, deferred)), [concepts, deferred]);
  const groups = view === "theme" ? byTheme(shown, t.themes) : byLetter(shown, lang);

  return (
    <div className="concept-index">
      <div className="concept-tools">
        <label htmlFor={inputId} className="visually-hidden">
          {t.filterLabel}
        </label>
        <input id={inputId} type="search" value={query} placeholder={t.filterPlaceholder} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <div role="group" aria-label={t.concepts} className="view-switch">
          <button type="button" aria-pressed={view === "theme"} onClick={() => setView("theme")}>
            {t.byTheme}
          </button>
          <button type="button" aria-pressed={view === "az"} onClick={() => setView("az")}>
            {t.az}
          </button>
        </div>
      </div>
      <p className="concept-count" role="status">
        {shown.length === 0 ? t.noMatch : t.shown(shown.length, concepts.length)}
      </p>
      {groups.map(([label, items, colour]) => (
        <section key={label} aria-label={label}>
          <h2>
            {colour ? <span className="theme-dot" style={{ background: colour }} aria-hidden="true" /> : null}
            {label}
          </h2>
          <ul className="concept-list">
            {items.map((c) => (
              <li key={c.id}>
                <Link href={routes.concept(lang, c.id)}>{titleWithShort(c.title, c.short)}</Link>
                <p>{c.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function byTheme(concepts: ConceptSummary[], names: Record<string, string>): [string, ConceptSummary[], string | null][] {
  return THEMES.map((theme) => [names[theme] ?? theme, concepts.filter((c) => c.theme === theme), THEME_COLOURS[theme]] as [string, ConceptSummary[], string])
    .filter(([, items]) => items.length > 0);
}

/** Grouped by the first letter of the English name (the names the field uses in both languages). */
function byLetter(concepts: ConceptSummary[], lang: Lang): [string, ConceptSummary[], null][] {
  const english = (c: ConceptSummary) => (lang === "en" ? c.title : c.otherTitle);
  const sorted = [...concepts].sort((a, b) => english(a).localeCompare(english(b), "en", { sensitivity: "base" }));
  const groups = new Map<string, ConceptSummary[]>();
  for (const c of sorted) {
    const letter = /^[a-z]/i.test(english(c)) ? english(c)[0]!.toUpperCase() : "#";
    groups.set(letter, [...(groups.get(letter) ?? []), c]);
  }
  return [...groups.entries()].map(([letter, items]) => [letter, items, null]);
}
