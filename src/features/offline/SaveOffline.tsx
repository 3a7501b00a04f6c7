/**
 * The sidebar's "Save for offline reading": saves every page of the reader's language, with a
 * progress bar and the size it took, and says what is saved. A copy found incomplete (a save that
 * was interrupted, storage the browser evicted) is completed by itself when the network is up.
 */
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../../shared/types";
import { formatBytes, OFFLINE_TEXT } from "./offline-text";
import type { Progress, SavedStatus } from "./save-book";
import "./offline.css";

type View = { kind: "idle"; status: SavedStatus | null } | { kind: "saving"; progress: Progress } | { kind: "failed" };

// The Cache API code loads when it is first needed, not with the page.
const saveBookModule = () => import("./save-book");

export function SaveOffline({ lang }: { lang: Lang }) {
  const t = OFFLINE_TEXT[lang];
  const [view, setView] = useState<View>({ kind: "idle", status: null });

  const save = useCallback(async () => {
    const { saveBook, checkSaved } = await saveBookModule();
    setView({ kind: "saving", progress: { done: 0, total: 0, bytes: 0 } });
    try {
      await saveBook(lang, (progress) => setView({ kind: "saving", progress }));
      setView({ kind: "idle", status: await checkSaved(lang) });
    } catch (error) {
      console.warn("saving for offline reading stopped:", error);
      setView({ kind: "failed" });
    }
  }, [lang]);

  useEffect(() => {
    let live = true;
    const check = async () => {
      const { checkSaved, offlineSupported } = await saveBookModule();
      if (!offlineSupported()) return live && setView({ kind: "idle", status: { state: "unsupported" } });
      const status = await checkSaved(lang);
      if (!live) return;
      setView({ kind: "idle", status });
      // A saved copy that lost files (or an interrupted save) is completed while the network is up.
      if (status.state === "partial" && navigator.onLine) void save();
    };
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1500));
    idle(() => void check().catch((error: unknown) => console.warn("could not check the offline copy:", error)));
    return () => {
      live = false;
    };
  }, [lang, save]);

  if (view.kind === "saving") {
    const { done, total, bytes } = view.progress;
    return (
      <div className="save-offline">
        <progress value={done} max={total || 1} aria-label={t.progressLabel} />
        <p aria-live="polite">{t.saving(done, total, formatBytes(bytes))}</p>
      </div>
    );
  }
  const status = view.kind === "idle" ? view.status : null;
  if (status?.state === "unsupported") return null;
  return (
    <div className="save-offline">
      {view.kind === "failed" ? <p role="alert">{t.failed}</p> : null}
      {status?.state === "saved" ? (
        <>
          <p className="save-offline-done">{status.stale ? t.stale : t.saved(formatBytes(status.bytes))}</p>
          {status.stale ? (
            <button type="button" onClick={() => void save()}>
              {t.refresh}
            </button>
          ) : null}
        </>
      ) : (
        <>
          {status?.state === "partial" ? <p>{t.partial(status.have, status.total)}</p> : null}
          <button type="button" onClick={() => void save()} title={t.saveHint}>
            {status?.state === "partial" ? t.resume : t.save}
          </button>
        </>
      )}
    </div>
  );
}
