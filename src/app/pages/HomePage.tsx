import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useDocumentTitle, useScrollOnLoad } from "./page-hooks";
import { ContinueHere } from "./ContinueHere";

export function HomePage({ lang }: { lang: Lang }) {
  const t = UI[lang];
  useDocumentTitle("", t.bookTitle);
  useScrollOnLoad(true, routes.home(lang));
  return (
    <article className="home">
      <h1>{t.bookTitle}</h1>
      <p className="lede">{t.tagline}</p>
      <p className="source-note">{t.sourceNote}</p>
      <ContinueHere lang={lang} chapterId={null} />
      <h2>{t.chapters}</h2>
      <ol className="chapter-cards">
        {tocs[lang].chapters.map((chapter) => (
          <li key={chapter.id}>
            <Link href={routes.chapter(lang, chapter.id)}>
              <span className="chapter-card-number">{t.chapter(chapter.number)}</span>
              <span className="chapter-card-title">{chapter.title}</span>
            </Link>
            <p>{chapter.summary}</p>
            {chapter.sections.length > 0 ? <p className="chapter-card-meta">{t.sectionsCount(chapter.sections.length)}</p> : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
