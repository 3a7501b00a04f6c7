import tocs from "virtual:reader/toc";
import { pageKey } from "../../features/content/load-page";
import { findChapter, findSection, numbered } from "../../shared/reading-order";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { PrevNext } from "../layout/PrevNext";
import { NotFoundPage } from "./NotFoundPage";
import { PageContent } from "./PageContent";
import { useDocumentTitle } from "./page-hooks";

export function SectionPage({ lang, chapterId, sectionId }: { lang: Lang; chapterId: string; sectionId: string }) {
  const t = UI[lang];
  const chapter = findChapter(tocs[lang], chapterId);
  const section = chapter && findSection(chapter, sectionId);
  useDocumentTitle(section ? numbered(section.number, section.title) : t.notFoundTitle, t.bookTitle);
  if (!chapter || !section) return <NotFoundPage lang={lang} />;
  return (
    <article className="section">
      <Breadcrumbs
        lang={lang}
        trail={[
          { label: `${chapter.number} ${chapter.title}`, href: routes.chapter(lang, chapter.id) },
          { label: numbered(section.number, section.title), href: routes.section(lang, chapter.id, section.id) },
        ]}
      />
      {/* The section's own ## heading opens the content and becomes this page's h1. */}
      <PageContent
        lang={lang}
        pageKey={pageKey(lang, "section", section.id)}
        promoteHeadings
        outline={section.subsections}
        study={{ chapter: chapter.id, section: section.id }}
      />
      <PrevNext lang={lang} chapterId={chapter.id} sectionId={section.id} />
    </article>
  );
}
