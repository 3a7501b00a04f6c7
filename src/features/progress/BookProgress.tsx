import type { Lang, Toc } from "../../shared/types";
import { bookFigure, type Progress } from "./progress-model";
import { PROGRESS_TEXT } from "./progress-text";
import "./progress.css";

/** The whole book's figure, for the home page. Nothing before the reader has read anything. */
export function BookProgress({ lang, toc, progress }: { lang: Lang; toc: Toc; progress: Progress }) {
  const t = PROGRESS_TEXT[lang];
  const { read, total } = bookFigure(toc, progress);
  if (read === 0) return null;
  return (
    <div className="book-progress">
      <p id="book-progress-label">{t.bookProgress(read, total)}</p>
      <progress max={total} value={read} aria-labelledby="book-progress-label" />
    </div>
  );
}
