/**
 * "Continue where you left off" (and, on the home page, the book's progress), from the reader's
 * stored place: rendered only after hydration, so the prerendered HTML is the same for everyone.
 */
import tocs from "virtual:reader/toc";
import { BookProgress } from "../../features/progress/BookProgress";
import { ContinueReading } from "../../features/progress/ContinueReading";
import { useHydrated } from "../../shared/notices";
import type { Lang } from "../../shared/types";
import { useReader } from "../store";

/** `chapterId`: on a chapter page, offer only a place inside that chapter; null on the home page. */
export function ContinueHere({ lang, chapterId }: { lang: Lang; chapterId: string | null }) {
  const hydrated = useHydrated();
  const resume = useReader((s) => s.resume);
  const progress = useReader((s) => s.progress);
  if (!hydrated) return null;
  const place = resume && (chapterId === null || (resume.chapter === chapterId && resume.section !== null)) ? resume : null;
  return (
    <>
      <ContinueReading lang={lang} toc={tocs[lang]} resume={place} />
      {chapterId === null ? <BookProgress lang={lang} toc={tocs[lang]} progress={progress} /> : null}
    </>
  );
}
