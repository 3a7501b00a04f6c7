/**
 * On a page opened from a search result (`?hl=` in the URL): marks the query's terms in the
 * result's section and lands on the first match; previous/next (buttons, or "n" / "Shift+N")
 * walk through them, "3 of 5". Marks use the CSS Custom Highlight API — ranges over the existing
 * text, so React's DOM is never touched. Without that API the page still scrolls to each match.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { findMatches } from "../../shared/search/matches";
import { parseQuery } from "../../shared/search/query";
import { HIGHLIGHT_PARAM } from "./result-link";
import { SEARCH_TEXT } from "./search-text";
import { joinTextNodes, sectionTextBlocks } from "./section-range";
import type { Lang } from "../../shared/types";
import "./search.css";

/** The name `::highlight(…)` styles in search.css. */
export const HIGHLIGHT_NAME = "search-terms";
/** The match the reader is on. */
export const CURRENT_NAME = "search-current";

export function SearchHighlight({ ready }: { ready: boolean }) {
  const [path, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const queryText = params.get(HIGHLIGHT_PARAM) ?? "";
  const terms = useMemo(() => parseQuery(queryText).terms, [queryText]);
  const [marked, setMarked] = useState<{ key: string; count: number } | null>(null);
  const [current, setCurrent] = useState(0);
  const ranges = useRef<Range[]>([]);
  const key = `${path}?${queryText}`;
  const lang: Lang = path.startsWith("/zh/") ? "zh" : "en";

  useEffect(() => {
    if (!ready || terms.length === 0) return;
    const highlights = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;
    // After the page has laid out (and the shell has scrolled to the anchor), mark and count.
    const frame = requestAnimationFrame(() => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      const heading = anchor ? document.getElementById(anchor) : null;
      const article = heading?.closest(".article") ?? document.querySelector("main .article");
      if (!article) return;
      const found = sectionTextBlocks(article, heading).flatMap((block) => rangesOf(block, terms));
      ranges.current = found;
      if (highlights && typeof Highlight !== "undefined") highlights.set(HIGHLIGHT_NAME, new Highlight(...found));
      // Land on the first match, not on the heading (it may be screens below it).
      if (found[0]) showMatch(found[0]);
      else heading?.scrollIntoView({ block: "start" });
      setCurrent(0);
      setMarked({ key, count: found.length });
    });
    return () => {
      cancelAnimationFrame(frame);
      highlights?.delete(HIGHLIGHT_NAME);
      highlights?.delete(CURRENT_NAME);
      ranges.current = [];
    };
  }, [ready, terms, key]);

  const step = useCallback((by: number) => {
    const all = ranges.current;
    if (all.length === 0) return;
    setCurrent((i) => {
      const next = (i + by + all.length) % all.length;
      showMatch(all[next]!);
      return next;
    });
  }, []);

  // "n" / "Shift+N" step through the matches (not while typing).
  useEffect(() => {
    if (!marked?.count) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || target?.closest("input, textarea, select, [contenteditable]")) return;
      if (e.key === "n" || e.key === "N") {
        e.preventDefault();
        step(e.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [marked, step]);

  if (!ready || terms.length === 0) return null;
  const t = SEARCH_TEXT[lang];
  const dismiss = () => {
    const rest = new URLSearchParams(params);
    rest.delete(HIGHLIGHT_PARAM);
    const search = rest.toString();
    navigate(`${path}${search ? `?${search}` : ""}${window.location.hash}`, { replace: true });
  };
  const count = marked?.key === key ? marked.count : null;
  return (
    <div className="search-highlight-bar">
      <span role="status">{count === null ? "" : count > 0 ? t.matchOf(current + 1, count, queryText) : t.highlighting(queryText, 0)}</span>
      {count ? (
        <span className="search-highlight-steps">
          <button type="button" onClick={() => step(-1)} aria-label={t.previousMatch} aria-keyshortcuts="Shift+N">
            ↑
          </button>
          <button type="button" onClick={() => step(1)} aria-label={t.nextMatch} aria-keyshortcuts="N">
            ↓
          </button>
        </span>
      ) : null}
      <button type="button" onClick={dismiss}>
        {t.clearHighlights}
      </button>
    </div>
  );
}

/** Puts a match on the reading line (a third down the window) and marks it as the current one. */
function showMatch(range: Range): void {
  const top = range.getBoundingClientRect().top;
  window.scrollTo(0, window.scrollY + top - window.innerHeight / 3);
  if (typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined") {
    const highlight = new Highlight(range);
    highlight.priority = 1; // drawn over the other matches
    CSS.highlights.set(CURRENT_NAME, highlight);
  }
}

function rangesOf(nodes: Text[], terms: string[]): Range[] {
  const { text, at } = joinTextNodes(nodes);
  const ranges: Range[] = [];
  for (const match of findMatches(text, terms)) {
    const start = at(match.start, false);
    const end = at(match.end, true);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    ranges.push(range);
  }
  return ranges;
}
