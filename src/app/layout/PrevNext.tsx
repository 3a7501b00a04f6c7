import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { neighbours } from "../../shared/reading-order";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";

export function PrevNext({ lang, chapterId, sectionId }: { lang: Lang; chapterId: string; sectionId: string | null }) {
  const t = UI[lang];
  const { prev, next } = neighbours(tocs[lang], chapterId, sectionId);
  if (!prev && !next) return null;
  return (
    <nav className="prev-next" aria-label={t.pagination}>
      {prev ? (
        <Link href={prev.href} rel="prev" className="prev">
          <span className="prev-next-label">← {t.previous}</span>
          <span>{prev.label}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="next">
          <span className="prev-next-label">{t.next} →</span>
          <span>{next.label}</span>
        </Link>
      ) : null}
    </nav>
  );
}
