/** "Discussed in": every place a chapter links this concept, grouped by chapter, with its sentence. */
import type { ReactNode } from "react";
import { Link } from "wouter";
import type { ConceptMention, Lang } from "../../shared/types";
import { CONCEPT_TEXT } from "./concept-text";
import { mentionHref } from "./mention";
import "./concepts.css";

export function DiscussedIn({ lang, conceptId, mentions }: { lang: Lang; conceptId: string; mentions: ConceptMention[] }) {
  const t = CONCEPT_TEXT[lang];
  const chapters = groupByChapter(mentions);
  return (
    <section className="discussed-in" aria-labelledby="discussed-in-heading">
      <h2 id="discussed-in-heading">{t.discussedIn}</h2>
      {chapters.length === 0 ? <p>{t.notDiscussed}</p> : null}
      {chapters.map(([chapter, items]) => (
        <div key={chapter.id} className="discussed-chapter">
          <h3>
            <span className="heading-number">{chapter.number}</span>
            {chapter.title}
          </h3>
          <ul>
            {items.map((m, i) => (
              <li key={i}>
                <Link href={mentionHref(m.href, conceptId, m.occurrence)} className="mention-place">
                  {m.number ? <span className="heading-number">{m.number}</span> : null}
                  {m.title}
                </Link>
                <p className="mention-context">{highlight(m.context, m.mark)}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function groupByChapter(mentions: ConceptMention[]): [ConceptMention["chapter"], ConceptMention[]][] {
  const groups = new Map<string, [ConceptMention["chapter"], ConceptMention[]]>();
  for (const m of mentions) {
    const group = groups.get(m.chapter.id) ?? [m.chapter, []];
    group[1].push(m);
    groups.set(m.chapter.id, group);
  }
  return [...groups.values()];
}

/** The link's words in bold inside its sentence. */
function highlight(text: string, [start, end]: [number, number]): ReactNode {
  if (start < 0 || end > text.length || start >= end) return text;
  return (
    <>
      {text.slice(0, start)}
      <strong>{text.slice(start, end)}</strong>
      {text.slice(end)}
    </>
  );
}
