/** "No results" help: close titles and aliases, what to try, and the other edition. */
import { Link } from "wouter";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { OTHER_LANG, SEARCH_TEXT } from "./search-text";

interface NoResultsProps {
  lang: Lang;
  query: string;
  suggestions: string[];
  /** In the palette a suggestion replaces the query in place; on the results page it is a link. */
  onPick?: (suggestion: string) => void;
  /** Called when a link leaves the current view (the palette closes). */
  onLeave?: () => void;
}

export function NoResults({ lang, query, suggestions, onPick, onLeave }: NoResultsProps) {
  const t = SEARCH_TEXT[lang];
  const other = OTHER_LANG[lang];
  return (
    <div className="search-no-results">
      <p>
        <strong>{t.countFor(0, query)}</strong>
      </p>
      {suggestions.length > 0 ? (
        <p>
          {t.didYouMean}:{" "}
          {suggestions.map((suggestion, i) => (
            <span key={suggestion}>
              {i > 0 ? " · " : ""}
              {onPick ? (
                <button type="button" className="search-suggestion" onClick={() => onPick(suggestion)}>
                  {suggestion}
                </button>
              ) : (
                <Link href={routes.search(lang, suggestion)}>{suggestion}</Link>
              )}
            </span>
          ))}
        </p>
      ) : null}
      <p className="search-help">{t.noResultsHelp}</p>
      <p>
        <Link href={routes.search(other, query)} hrefLang={other} onClick={onLeave}>
          {t.otherEdition(query)}
        </Link>
      </p>
    </div>
  );
}
