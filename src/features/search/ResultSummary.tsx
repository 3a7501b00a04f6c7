/** One result as the palette and the results page show it: number, title, where it is, snippet. */
import { useMemo } from "react";
import type { SearchHit } from "../../shared/search/searcher";
import { isEntry } from "../../shared/search/types";
import { makeSnippet, markText, SNIPPET_LENGTH } from "../../shared/search/snippet";
import type { Lang } from "../../shared/types";
import { Marked } from "./Marked";
import { SEARCH_TEXT } from "./search-text";
import { useDocText } from "./use-search";

export function ResultSummary({ lang, hit, terms, loadSnippet = true }: { lang: Lang; hit: SearchHit; terms: string[]; loadSnippet?: boolean }) {
  const t = SEARCH_TEXT[lang];
  const { doc } = hit;
  const title = useMemo(() => markText(doc.title, terms), [doc.title, terms]);
  const trail = doc.kind === "chapter" ? [t.chapter(doc.chapter ?? 0)] : doc.trail;
  return (
    <>
      <span className="search-result-title">
        {doc.kind === "concept" ? <span className="search-badge">{t.concept}</span> : isEntry(doc.kind) ? <span className="search-badge">{t.entryKind[doc.kind]}</span> : null}
        {doc.number ? <span className="search-number">{doc.number}</span> : null}
        <span>
          <Marked parts={title} />
        </span>
        {hit.name ? <span className="search-alias">{t.matchedAlias(hit.name)}</span> : null}
        {hit.tier === "related" ? <span className="search-badge search-badge-soft">{t.related}</span> : null}
      </span>
      {trail.length > 0 ? <span className="search-trail">{trail.join(" › ")}</span> : null}
      <Snippet lang={lang} docKey={doc.key} terms={terms} enabled={loadSnippet} />
    </>
  );
}

function Snippet({ lang, docKey, terms, enabled }: { lang: Lang; docKey: string; terms: string[]; enabled: boolean }) {
  const text = useDocText(lang, docKey, enabled);
  const snippet = useMemo(() => (text === null ? null : makeSnippet(text, terms, SNIPPET_LENGTH[lang === "zh" ? "han" : "latin"])), [text, terms, lang]);
  // The line is reserved while the text loads, so results don't jump under the pointer.
  if (!snippet) return <span className="search-snippet search-snippet-pending" aria-hidden="true" />;
  if (snippet.parts.length === 0) return null;
  return (
    <span className="search-snippet">
      {snippet.before ? "… " : ""}
      <Marked parts={snippet.parts} />
      {snippet.after ? " …" : ""}
    </span>
  );
}
