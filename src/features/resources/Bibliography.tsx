/**
 * The bibliography: every paper with its byline, links, the places that cite it and its BibTeX;
 * filtered by words, a year range and a chapter, sorted by citations or year. Each entry is the
 * anchor `#<cite-id>`.
 */
import { useDeferredValue, useId, useMemo, useState } from "react";
import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { toBibtex, toBibtexFile } from "../../shared/bibtex";
import { ExternalLink } from "../../shared/ExternalLink";
import { paperByline } from "../../shared/paper-byline";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import type { Lang, PaperEntry } from "../../shared/types";
import { Field } from "./Field";
import { ALL, filterPapers, type PaperQuery } from "./paper-filter";
import { PAPERS_TEXT } from "./papers-text";
import "./papers.css";

export function Bibliography({ lang, papers }: { lang: Lang; papers: PaperEntry[] }) {
  const t = PAPERS_TEXT[lang];
  const [query, setQuery] = useState<PaperQuery>(ALL);
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => filterPapers(papers, deferred), [papers, deferred]);
  const id = useId();
  const set = (patch: Partial<PaperQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const year = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);

  return (
    <div className="bibliography">
      <div className="filter-bar" role="search">
        <Field id={`${id}-text`} label={t.filter}>
          <input id={`${id}-text`} type="search" value={query.text} placeholder={t.filterPlaceholder} autoComplete="off" onChange={(e) => set({ text: e.target.value })} />
        </Field>
        <Field id={`${id}-from`} label={t.from}>
          <input id={`${id}-from`} type="number" inputMode="numeric" min={1990} max={2030} onChange={(e) => set({ from: year(e.target.value) })} />
        </Field>
        <Field id={`${id}-to`} label={t.to}>
          <input id={`${id}-to`} type="number" inputMode="numeric" min={1990} max={2030} onChange={(e) => set({ to: year(e.target.value) })} />
        </Field>
        <Field id={`${id}-chapter`} label={t.chapter}>
          <select id={`${id}-chapter`} value={query.chapter ?? ""} onChange={(e) => set({ chapter: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t.anyChapter}</option>
            {tocs[lang].chapters.map((c) => (
              <option key={c.id} value={c.number}>
                {c.number} {c.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-sort`} label={t.sort}>
          <select id={`${id}-sort`} value={query.sort} onChange={(e) => set({ sort: e.target.value as PaperQuery["sort"] })}>
            {(Object.keys(t.sorts) as PaperQuery["sort"][]).map((s) => (
              <option key={s} value={s}>
                {t.sorts[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="filter-count" role="status">
        {shown.length === 0 ? t.none : t.shown(shown.length, papers.length)}{" "}
        <button type="button" onClick={() => download(papers)}>
          {t.downloadAll}
        </button>
      </p>
      <ol className="paper-list">
        {shown.map((p) => (
          <PaperItem key={p.id} lang={lang} paper={p} />
        ))}
      </ol>
    </div>
  );
}

function PaperItem({ lang, paper }: { lang: Lang; paper: PaperEntry }) {
  const t = PAPERS_TEXT[lang];
  const r = RESOURCE_TEXT[lang];
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(toBibtex(paper)).then(() => setCopied(true));
  };
  return (
    <li id={paper.id} className="paper">
      <p className="paper-title">
        <ExternalLink href={paper.url} newTabLabel={r.newTab}>
          {paper.title}
        </ExternalLink>
      </p>
      {paperByline(paper) ? <p className="paper-byline">{paperByline(paper)}</p> : null}
      <p className="paper-cited">
        <span className="paper-cited-count">{r.citedIn(paper.citedIn.length)}</span>
        {paper.citedIn.length > 0 ? ": " : null}
        {paper.citedIn.map((place, i) => (
          <span key={place.href}>
            {i > 0 ? ", " : null}
            <Link href={place.href}>{place.number ? `${place.number} ${place.title}` : `${place.title} (${t.conceptPage})`}</Link>
          </span>
        ))}
      </p>
      <button type="button" className="copy-bibtex" onClick={copy} aria-label={`${t.copyBibtex}: ${paper.title}`}>
        {copied ? t.copied : t.copyBibtex}
      </button>
    </li>
  );
}

function download(papers: PaperEntry[]): void {
  const url = URL.createObjectURL(new Blob([toBibtexFile(papers)], { type: "application/x-bibtex" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = "llm-survey-references.bib";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
