import type { Lang } from "../../shared/types";
import { PROGRESS_TEXT } from "./progress-text";
import "./progress.css";

/** At a page's end: whether it counts as read, and a way to change that. */
export function ReadToggle({ lang, read, onChange }: { lang: Lang; read: boolean; onChange: (read: boolean) => void }) {
  const t = PROGRESS_TEXT[lang];
  return (
    <p className="read-toggle">
      {read ? <span>✓ {t.youReadThis} </span> : null}
      <button type="button" onClick={() => onChange(!read)}>
        {read ? t.markUnread : t.markRead}
      </button>
    </p>
  );
}
