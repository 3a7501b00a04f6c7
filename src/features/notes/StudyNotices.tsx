/**
 * What the reader must know about their stored data: kept aside, or not being saved (with an export
 * offer, so nothing written is lost). Shown after hydration only; the server renders nothing.
 */
import { dismissNotice, type Notice, useNotices } from "../../shared/notices";
import type { Lang } from "../../shared/types";
import { NOTES_TEXT } from "./notes-text";

export function StudyNotices({ lang, onExport }: { lang: Lang; onExport: () => void }) {
  const t = NOTES_TEXT[lang];
  const notices = useNotices();
  if (notices.length === 0) return null;
  const text = (n: Notice) => {
    switch (n.kind) {
      case "preferences-kept-aside":
        return t.noticePrefsKeptAside;
      case "preferences-not-saved":
        return t.noticePrefsNotSaved;
      case "study-kept-aside":
        return t.noticeKeptAside(n.count);
      case "study-not-saved":
        return t.noticeNotSaved(n.reason);
    }
  };
  return (
    <div className="study-notices" role="alert">
      {notices.map((n) => (
        <p key={n.kind} className="study-notice">
          {text(n)}{" "}
          {n.kind === "study-not-saved" ? (
            <button type="button" onClick={onExport}>
              {t.exportJson}
            </button>
          ) : null}{" "}
          <button type="button" onClick={() => dismissNotice(n.kind)}>
            {t.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
