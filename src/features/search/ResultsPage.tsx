/**
 * The results page: the query lives in the URL (`?q=`, and `&in=` for the filter), so the page can
 * be shared and reloaded; every result is listed, with a snippet; a filter narrows to concepts or
 * one chapter; "no results" offers close titles and aliases.
 */
import { imeInputHandlers } from "./ime-input";
import { SearchStatus } from "./SearchStatus";
import tocs from "virtual:reader/toc";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import type { SearchHit } from "../../shared/search/searcher";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { NoResults } from "./NoResults";
import { resultHref } from "./result-link";
import { applyFilter, filterOptions, parseFilter, type ResultFilter } from "./results-filter";
import { ResultSummary } from "./ResultSummary";
import { SEARCH_TEXT } from "./search-text";
import { useNearViewport } from "./use-near-viewport";
import { useSearcher } from "./use-search";
import "./search.css";

/** Typing updates the address after a pause, replacing the entry: history keeps whole queries only. */
const URL_DELAY_MS = 300;

export default function ResultsPage({ lang }: { lang: Lang }) {
  const t = SEARCH_TEXT[lang];
  const [path, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const q = params.get("q") ?? "";
  const filter = parseFilter(params.get("in"));
  const state = useSearcher(lang);
  // The results page lists everything with counts and filters: it waits for the full searcher.
  const complete = state.status === "ready" && state.searcher.complete;
  const response = useMemo(() => (complete && state.status === "ready" ? state.searcher.search(q) : null), [state, complete, q]);
  const searched = response?.query.text ?? "";

  const setUrl = (next: { q: string; filter: ResultFilter }) => {
    const query = new URLSearchParams();
    if (next.q) query.set("q", next.q);
    if (next.filter !== "all") query.set("in", next.filter);
    const search = query.toString();
    navigate(search ? `${path}?${search}` : path, { replace: true });
  };

  const [draft, setDraft] = useState(q);
  const [committed, setCommitted] = useState(q);
  const [urlQ, setUrlQ] = useState(q);
  // The address changed under us (back, a suggestion link): show its query in the field.
  if (q !== urlQ) {
    setUrlQ(q);
    setDraft(q);
    setCommitted(q);
  }
  useEffect(() => {
    if (committed === q) return;
    const timer = setTimeout(() => setUrl({ q: committed, filter: "all" }), URL_DELAY_MS);
    return () => clearTimeout(timer);
  });

  useEffect(() => {
    document.title = `${q ? `${t.pageTitle}: ${q}` : t.pageTitle} · ${UI[lang].bookTitle}`;
  }, [q, t, lang]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setUrl({ q: committed, filter: "all" });
  };

  const hits = useMemo(() => response?.hits ?? [], [response]);
  const terms = useMemo(() => response?.query.terms ?? [], [response]);
  const suggestions = useMemo(() => (complete && state.status === "ready" && searched && hits.length === 0 ? state.searcher.suggest(searched) : []), [state, complete, searched, hits]);
  const options = useMemo(() => filterOptions(hits), [hits]);
  const shown = useMemo(() => applyFilter(hits, filter), [hits, filter]);

  return (
    <article className="search-page">
      <h1>{t.pageTitle}</h1>
      <form role="search" className="search-page-form" onSubmit={onSubmit}>
        <label htmlFor="search-page-input" className="visually-hidden">
          {t.searchLabel}
        </label>
        <input
          id="search-page-input"
          type="search"
          value={draft}
          placeholder={t.placeholder}
          autoFocus={!q}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          {...imeInputHandlers(setDraft, setCommitted)}
        />
        <button type="submit">{t.search}</button>
      </form>

      {q ? <SearchStatus lang={lang} state={state.status === "ready" && !complete ? { status: "loading" } : state} cut={Boolean(response?.query.cut)} searched={Boolean(searched)} /> : <p className="search-status">{t.emptyHint}</p>}

      <div aria-live="polite" aria-atomic="true" className="search-page-count">
        {response && searched ? (
          <p>
            {t.countFor(hits.length, searched)}
            {filter !== "all" ? ` · ${t.shownOf(shown.length, hits.length)}` : ""}
          </p>
        ) : null}
      </div>

      {hits.length > 0 ? (
        <p className="search-filter">
          <label htmlFor="search-page-filter">{t.filterLabel}</label>{" "}
          <select id="search-page-filter" value={options.some((o) => o.value === filter) ? filter : "all"} onChange={(e) => setUrl({ q, filter: parseFilter(e.target.value) })}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {optionLabel(lang, option.value, option.chapter, option.count)}
              </option>
            ))}
          </select>
        </p>
      ) : null}

      {shown.length > 0 ? (
        <ol className="search-results">
          {shown.map((hit) => (
            <Result key={hit.id} lang={lang} hit={hit} terms={terms} queryText={searched} />
          ))}
        </ol>
      ) : null}

      {complete && searched && hits.length === 0 ? <NoResults lang={lang} query={searched} suggestions={suggestions} /> : null}
    </article>
  );
}

function optionLabel(lang: Lang, value: ResultFilter, chapter: number | null, count: number): string {
  const t = SEARCH_TEXT[lang];
  if (value === "all") return t.allChapters(count);
  if (value === "concepts") return t.conceptsOption(count);
  if (value === "entries") return t.entriesOption(count);
  const title = tocs[lang].chapters.find((c) => c.number === chapter)?.title ?? "";
  return t.chapterOption(chapter ?? 0, title, count);
}

function Result({ lang, hit, terms, queryText }: { lang: Lang; hit: SearchHit; terms: string[]; queryText: string }) {
  const ref = useRef<HTMLLIElement>(null);
  const near = useNearViewport(ref);
  return (
    <li ref={ref}>
      <Link href={resultHref(hit.doc.url, queryText)} className="search-result">
        <ResultSummary lang={lang} hit={hit} terms={terms} loadSnippet={near} />
      </Link>
    </li>
  );
}
