/** What a reader sees when part of a page could not be loaded: why, in words, and a retry that works. */
import { useEffect, useSyncExternalStore } from "react";
import type { Lang } from "../shared/types";
import { UI } from "../shared/ui-text";
import { reloadOnceForMissingChunk, retryByReloading } from "./load-recovery";
import { pageFailed } from "./scroll-memory";

export function LoadFailed({ lang, error }: { lang: Lang; error: Error }) {
  const t = UI[lang];
  const offline = useSyncExternalStore(onOnlineChange, () => !navigator.onLine, () => false);
  useEffect(() => {
    // Kept for whoever debugs; readers get words, not a stack.
    console.warn("load failed:", error);
    pageFailed();
    reloadOnceForMissingChunk();
  }, [error]);
  return (
    <div role="alert" className="notice notice-error">
      <p>{offline ? t.offlineNotSaved : t.loadFailed}</p>
      <button type="button" onClick={retryByReloading}>
        {t.retry}
      </button>
    </div>
  );
}

function onOnlineChange(notify: () => void): () => void {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}
