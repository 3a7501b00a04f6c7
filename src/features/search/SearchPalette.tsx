/**
 * The search palette: a modal dialog with results as you type, grouped (concepts and sections, the
 * group holding the best result first), keyboard (↑/↓/Enter/Esc) and mouse, the result count
 * announced to screen readers, and a link to the full results page. The dialog is part of the
 * page; the engine and the index load when it first opens.
 */
import { imeInputHandlers } from "./ime-input";
import { SearchStatus } from "./SearchStatus";
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import type { SearchHit } from "../../shared/search/searcher";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { paletteGroups } from "./palette-groups";
import { resultHref } from "./result-link";
import { ResultSummary } from "./ResultSummary";
import { SEARCH_TEXT } from "./search-text";
import { NoResults } from "./NoResults";
import { useDebounced } from "./use-debounced";
import { useSearcher } from "./use-search";
import "./search.css";

const LIST_ID = "search-palette-list";
const NO_TERMS: string[] = [];
const optionId = (i: number) => `search-palette-option-${i}`;

/** `initialQuery`: keys typed after the shortcut while this component's code was still loading. */
export function SearchPalette({ lang, onClose, initialQuery = "" }: { lang: Lang; onClose: (navigated: boolean) => void; initialQuery?: string }) {
  const t = SEARCH_TEXT[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const [moved, setMoved] = useState<{ query: string; index: number } | null>(null);
  const [, navigate] = useLocation();
  const state = useSearcher(lang, query);
  const response = useMemo(() => (state.status === "ready" ? state.searcher.search(query) : null), [state, query]);
  const groups = useMemo(() => paletteGroups(response?.hits ?? []), [response]);
  const active = moved?.query === query ? moved.index : groups.best;
  const searched = response?.query.text ?? "";
  const terms = response?.query.terms ?? NO_TERMS;
  const hasResults = groups.flat.length > 0;
  // Only the full searcher can say there is nothing: titles alone may miss what the text holds.
  const complete = state.status === "ready" && state.searcher.complete;
  const suggestions = useMemo(() => (complete && searched && !hasResults && state.status === "ready" ? state.searcher.suggest(searched) : []), [state, complete, searched, hasResults]);
  const announcement = useDebounced(searched && (complete || hasResults) ? t.countFor(response?.hits.length ?? 0, searched) : "", 400);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    return () => element.close();
  }, []);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active, groups]);

  const open = (hit: SearchHit) => {
    navigate(resultHref(hit.doc.url, searched));
    onClose(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = groups.flat.length;
    const move = (to: number) => {
      event.preventDefault();
      if (count > 0) setMoved({ query, index: (to + count) % count });
    };
    // A search field would clear itself on Esc and keep the dialog open: close instead.
    if (event.key === "Escape") {
      event.preventDefault();
      onClose(false);
    } else if (event.key === "ArrowDown") move(active + 1);
    else if (event.key === "ArrowUp") move(active - 1);
    else if (event.key === "Home" && event.ctrlKey) move(0);
    else if (event.key === "End" && event.ctrlKey) move(count - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      const hit = groups.flat[active];
      // Before the index has loaded, Enter still goes somewhere: the results page for what was typed.
      const typed = searched || query.trim();
      if (hit) open(hit);
      else if (typed) {
        navigate(routes.search(lang, typed));
        onClose(true);
      }
    }
  };

  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose(false);
  };

  return (
    // Esc closes it too: the dialog's cancel event.
    <dialog
      ref={dialog}
      className="search-palette"
      aria-label={t.searchLabel}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onClick={onDialogClick}
    >
      <div className="search-palette-box">
        <div className="search-palette-field">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="search-icon">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-4-4" />
          </svg>
          <input
            type="search"
            role="combobox"
            aria-label={t.searchLabel}
            aria-expanded={hasResults}
            aria-controls={LIST_ID}
            aria-autocomplete="list"
            aria-activedescendant={hasResults ? optionId(active) : undefined}
            placeholder={t.placeholder}
            value={draft}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            {...imeInputHandlers(setDraft, setQuery)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="search-palette-close" onClick={() => onClose(false)}>
            {t.close}
          </button>
        </div>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        {/* Focusable so the results can be scrolled from the keyboard too (↑/↓ in the field also scroll them). */}
        <div className="search-palette-body" tabIndex={0} role="region" aria-label={t.resultsRegion}>
          <SearchStatus lang={lang} state={state} cut={Boolean(response?.query.cut)} searched={Boolean(searched)} />
          {state.status === "ready" && !searched ? <p className="search-status">{t.emptyHint}</p> : null}
          <div role="listbox" id={LIST_ID} aria-label={t.results} className="search-palette-list" hidden={!hasResults}>
            {groups.groups.map((group, g) => (
              <Group
                key={group.kind}
                label={t[group.kind]}
                id={`search-group-${group.kind}`}
                hits={group.hits}
                offset={g === 0 ? 0 : (groups.groups[0]?.hits.length ?? 0)}
                {...{ lang, active, terms, open, setMoved, query }}
              />
            ))}
          </div>
          {complete && searched && !hasResults ? (
            <NoResults
              lang={lang}
              query={searched}
              suggestions={suggestions}
              onPick={(suggestion) => {
                setDraft(suggestion);
                setQuery(suggestion);
              }}
              onLeave={() => onClose(true)}
            />
          ) : null}
        </div>
        <div className="search-palette-footer">
          {searched && hasResults ? (
            <Link href={routes.search(lang, searched)} onClick={() => onClose(true)}>
              {t.seeAll(searched)}
            </Link>
          ) : (
            <span />
          )}
          <span className="search-keys" aria-hidden="true">
            {t.keysHint}
          </span>
        </div>
      </div>
    </dialog>
  );
}

interface GroupProps {
  label: string;
  id: string;
  hits: SearchHit[];
  offset: number;
  lang: Lang;
  active: number;
  terms: string[];
  query: string;
  open: (hit: SearchHit) => void;
  setMoved: (moved: { query: string; index: number }) => void;
}

function Group({ label, id, hits, offset, lang, active, terms, query, open, setMoved }: GroupProps) {
  if (hits.length === 0) return null;
  return (
    <ul role="group" aria-labelledby={id} className="search-group">
      <li role="presentation" id={id} className="search-group-label">
        {label}
      </li>
      {hits.map((hit, i) => {
        const index = offset + i;
        return (
          // Options are chosen from the input with the keyboard (aria-activedescendant) or clicked.
          <li
            key={hit.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-option"
            onClick={() => open(hit)}
            onMouseMove={() => index !== active && setMoved({ query, index })}
          >
            <ResultSummary lang={lang} hit={hit} terms={terms} />
          </li>
        );
      })}
    </ul>
  );
}
