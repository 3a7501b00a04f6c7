/**
 * A catalogue of models, datasets or benchmarks: a table with each entry's verified facts and the
 * sections that discuss it. Sorted and filtered with controls above it, so it works the same on a
 * phone, where each row becomes a card. Each row is the anchor `#<id>`; arriving there opens its
 * "discussed in" list.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { Link } from "wouter";
import { ExternalLink } from "../../shared/ExternalLink";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import type { EntityEntry, EntityFact, EntityKind, Lang } from "../../shared/types";
import { CATALOGUE_TEXT } from "./catalogue-text";
import { Field } from "./Field";
import "./papers.css";

const COLUMNS: Record<EntityKind, EntityFact[]> = {
  model: ["organisation", "released", "params", "access", "tokens"],
  dataset: ["datasetKind", "size", "language"],
  benchmark: ["measures", "tasks", "metric"],
};

export type EntitySort = "name" | "discussed" | "released" | "params";

export function sortEntities(entries: EntityEntry[], sort: EntitySort, lang: Lang): EntityEntry[] {
  const byName = (a: EntityEntry, b: EntityEntry) => a.name.localeCompare(b.name, lang === "zh" ? "zh" : "en", { sensitivity: "base" });
  const compare: Record<EntitySort, (a: EntityEntry, b: EntityEntry) => number> = {
    name: byName,
    discussed: (a, b) => b.discussedIn.length - a.discussedIn.length || byName(a, b),
    // Unknown values go last, whatever the order.
    released: (a, b) => (b.released ?? "").localeCompare(a.released ?? "") || byName(a, b),
    params: (a, b) => (b.paramsB ?? -1) - (a.paramsB ?? -1) || byName(a, b),
  };
  return [...entries].sort(compare[sort]);
}

export function matchesEntity(e: EntityEntry, text: string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  return [e.name, e.description, ...e.aliases, ...Object.values(e.facts)].some((s) => s.toLowerCase().includes(q));
}

export function Catalogue({ lang, kind, entries }: { lang: Lang; kind: EntityKind; entries: EntityEntry[] }) {
  const t = CATALOGUE_TEXT[lang];
  const r = RESOURCE_TEXT[lang];
  const [text, setText] = useState("");
  const [sort, setSort] = useState<EntitySort>("discussed");
  const deferred = useDeferredValue(text);
  const shown = useMemo(() => sortEntities(entries.filter((e) => matchesEntity(e, deferred)), sort, lang), [entries, deferred, sort, lang]);
  const id = useId();
  const sorts: EntitySort[] = kind === "model" ? ["discussed", "name", "released", "params"] : ["discussed", "name"];
  const columns = COLUMNS[kind];

  return (
    <div className="catalogue">
      <div className="filter-bar" role="search">
        <Field id={`${id}-text`} label={t.filter}>
          <input id={`${id}-text`} type="search" value={text} placeholder={t.filterPlaceholder} autoComplete="off" onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field id={`${id}-sort`} label={t.sort}>
          <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as EntitySort)}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t.sorts[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <p className="filter-count" role="status">
        {shown.length === 0 ? t.none : t.shown(shown.length, entries.length)}
      </p>
      <table className="catalogue-table">
        <caption className="visually-hidden">{r.catalogue[kind]}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sort === "name" ? "ascending" : undefined}>
              {t.name}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" aria-sort={(sort === "released" && c === "released") || (sort === "params" && c === "params") ? "descending" : undefined}>
                {r.facts[c]}
              </th>
            ))}
            <th scope="col" aria-sort={sort === "discussed" ? "descending" : undefined}>
              {t.discussedIn}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <EntityRow key={e.id} lang={lang} entry={e} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EntityRow({ lang, entry, columns }: { lang: Lang; entry: EntityEntry; columns: EntityFact[] }) {
  const t = CATALOGUE_TEXT[lang];
  const r = RESOURCE_TEXT[lang];
  // Arriving at #<id> opens this entry's list (read after hydration: the server knows no hash).
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const check = () => setOpen((was) => was || decodeURIComponent(window.location.hash.slice(1)) === entry.id);
    check();
    window.addEventListener("hashchange", check);
    return () => window.removeEventListener("hashchange", check);
  }, [entry.id]);
  return (
    <tr id={entry.id}>
      <th scope="row" data-label={t.name}>
        <span className="entity-name">{entry.name}</span>
        <span className="entity-description">{entry.description}</span>
        {entry.paper ? (
          <span className="entity-paper">
            <ExternalLink href={entry.paper.url} newTabLabel={r.newTab}>
              {t.paper}
            </ExternalLink>
          </span>
        ) : null}
      </th>
      {columns.map((c) => (
        <td key={c} data-label={r.facts[c]}>
          {entry.facts[c] ?? <span aria-label={t.unknown}>—</span>}
        </td>
      ))}
      <td data-label={t.discussedIn}>
        {entry.discussedIn.length === 0 ? (
          t.nowhere
        ) : (
          <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
            <summary>{t.places(entry.discussedIn.length)}</summary>
            <ul className="entity-mentions">
              {entry.discussedIn.map((m) => (
                <li key={m.href}>
                  <Link href={m.href}>{m.number ? `${m.number} ${m.title}` : m.title}</Link>
                  <p>
                    {m.context.slice(0, m.mark[0])}
                    <strong>{m.context.slice(m.mark[0], m.mark[1])}</strong>
                    {m.context.slice(m.mark[1])}
                  </p>
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
