/** "A new version is available — Reload", shown once a new deploy's service worker is waiting. */
import type { Lang } from "../../shared/types";
import { OFFLINE_TEXT } from "./offline-text";
import { useUpdateState } from "./service-worker";
import "./offline.css";

export function UpdateBanner({ lang }: { lang: Lang }) {
  const t = OFFLINE_TEXT[lang];
  const { updateReady, applyUpdate } = useUpdateState();
  if (!updateReady) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t.updateReady}</span>
      <button type="button" onClick={applyUpdate}>
        {t.reload}
      </button>
    </div>
  );
}
