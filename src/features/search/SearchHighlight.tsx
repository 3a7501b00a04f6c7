/**
 * On a page opened from a search result (`?hl=` in the URL): scrolls to the result's heading and
 * marks the query's terms in that section until the reader clears them. Marks use the CSS Custom
 * Highlight API — ranges over the existing text, so React's DOM is never touched. Without that API
 * the page still scrolls; nothing is marked.
 */
import { useEffect, useMemo, useState } from "react";
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

export function SearchHighlight({ ready }: { ready: boolean }) {
  const [path, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const queryText = params.get(HIGHLIGHT_PARAM) ?? "";
  const terms = useMemo(() => parseQuery(queryText).terms, [queryText]);
  const [marked, setMarked] = useState<{ key: string; count: number } | null>(null);
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
      heading?.scrollIntoView({ block: "start" });
      const ranges = sectionTextBlocks(article, heading).flatMap((block) => rangesOf(block, terms));
      if (highlights && typeof Highlight !== "undefined") highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      setMarked({ key, count: ranges.length });
    });
    return () => {
      cancelAnimationFrame(frame);
      highlights?.delete(HIGHLIGHT_NAME);
    };
  }, [ready, terms, key]);

  if (!ready || terms.length === 0) return null;
  const t = SEARCH_TEXT[lang];
  const dismiss = () => {
    const rest = new URLSearchParams(params);
    rest.delete(HIGHLIGHT_PARAM);
    const search = rest.toString();
    navigate(`${path}${search ? `?${search}` : ""}${window.location.hash}`, { replace: true });
  };
  return (
    <div className="search-highlight-bar" role="status">
      <span>{marked?.key === key ? t.highlighting(queryText, marked.count) : ""}</span>
      <button type="button" onClick={dismiss}>
        {t.clearHighlights}
      </button>
    </div>
  );
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
