/** The ☆ beside a heading: one click bookmarks it (the annotation code loads on that click if needed). */
import type { Lang } from "../../shared/types";
import { useIsBookmarked } from "./bookmark-state";
import { loadStudyLayer } from "./load-layer";
import { bookmarkId, type PageRef } from "./model";
import { NOTES_TEXT } from "./notes-text";
import "./study-shell.css";

export function BookmarkToggle({ lang, page, heading, title }: { lang: Lang; page: PageRef; heading: string; title: string }) {
  const on = useIsBookmarked(bookmarkId(page, heading));
  return (
    <span className="heading-tools">
      <button
        type="button"
        className="bookmark-toggle"
        aria-pressed={on}
        aria-label={NOTES_TEXT[lang].bookmarkHeading(title)}
        onClick={() => void loadStudyLayer().then((layer) => layer.toggleBookmark(page, heading, title, lang))}
      >
        {/* No text node: the article's text (which highlights are anchored in) stays the same. */}
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" />
        </svg>
      </button>
    </span>
  );
}
