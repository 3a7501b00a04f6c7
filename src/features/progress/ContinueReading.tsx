/** "Continue where you left off: 4.2 Architecture › 4.2.1 Attention", linking to that heading. */
import { Link } from "wouter";
import { findChapter, findSection, numbered } from "../../shared/reading-order";
import { routes } from "../../shared/routes";
import type { ChapterId, Lang, SectionId, Toc } from "../../shared/types";
import type { ResumePoint } from "./progress-model";
import { PROGRESS_TEXT } from "./progress-text";
import "./progress.css";

export function ContinueReading({ lang, toc, resume }: { lang: Lang; toc: Toc; resume: ResumePoint | null }) {
  const chapter = resume && findChapter(toc, resume.chapter);
  if (!resume || !chapter) return null;
  const section = resume.section ? findSection(chapter, resume.section) : undefined;
  const sub = section?.subsections.find((s) => s.id === resume.heading);
  const page = section ? routes.section(lang, chapter.id as ChapterId, section.id as SectionId) : routes.chapter(lang, chapter.id as ChapterId);
  const href = resume.heading ? `${page}#${resume.heading}` : page;
  const label = [section ? numbered(section.number, section.title) : `${chapter.number} ${chapter.title}`, sub ? numbered(sub.number, sub.title) : null]
    .filter(Boolean)
    .join(" › ");
  return (
    <p className="continue-reading">
      <span>{PROGRESS_TEXT[lang].continueReading}: </span>
      <Link href={href}>{label}</Link>
    </p>
  );
}
