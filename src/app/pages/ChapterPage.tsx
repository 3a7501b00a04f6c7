import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { pageKey } from "../../features/content/load-page";
import { findChapter } from "../../shared/reading-order";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { PrevNext } from "../layout/PrevNext";
import { NotFoundPage } from "./NotFoundPage";
import { PageContent } from "./PageContent";
import { useDocumentTitle } from "./page-hooks";
import { ContinueHere } from "./ContinueHere";

export function ChapterPage({ lang, chapterId }: { lang: Lang; chapterId: string }) {
  const t = UI[lang];
  const chapter = findChapter(tocs[lang], chapterId);
  useDocumentTitle(chapter ? `${chapter.number} ${chapter.title}` : t.notFoundTitle, t.bookTitle);
  if (!chapter) return <NotFoundPage lang={lang} />;
  return (
    <article className="chapter">
      <Breadcrumbs lang={lang} trail={[{ label: `${chapter.number} ${chapter.title}`, href: routes.chapter(lang, chapter.id) }]} />
      <h1>
        <span className="heading-number">{chapter.number}</span>
        {chapter.title}
      </h1>
      <ContinueHere lang={lang} chapterId={chapter.id} />
      <PageContent lang={lang} pageKey={pageKey(lang, "chapter", chapter.id)} study={{ chapter: chapter.id, section: null }} />
      {chapter.sections.length > 0 ? (
        <nav className="chapter-sections" aria-labelledby="chapter-sections-heading">
          <h2 id="chapter-sections-heading">{t.sectionsIn}</h2>
          <ol>
            {chapter.sections.map((section) => {
              const href = routes.section(lang, chapter.id, section.id);
              return (
                <li key={section.id}>
                  <Link href={href}>
                    {section.number ? <span className="heading-number">{section.number}</span> : null}
                    {section.title}
                  </Link>
                  {section.subsections.length > 0 ? (
                    <ol>
                      {section.subsections.map((sub) => (
                        <li key={sub.id}>
                          <Link href={`${href}#${sub.id}`}>
                            {sub.number ? <span className="heading-number">{sub.number}</span> : null}
                            {sub.title}
                          </Link>
                        </li>
                      ))}
                    </ol>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      <PrevNext lang={lang} chapterId={chapter.id} sectionId={null} />
    </article>
  );
}
