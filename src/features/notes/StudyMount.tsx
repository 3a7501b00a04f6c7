/**
 * Rendered with every chapter and section page (first bundle, tiny): after hydration it decides
 * whether the page needs the annotation code now — the reader has stored data, followed a link to a
 * passage, starts selecting text, or another tab writes a record — and only then loads it.
 */
import { type RefObject, Suspense, useEffect, useState } from "react";
import type { Lang } from "../../shared/types";
import { hasStudyData, RECORDS_CHANNEL } from "./idb";
import { LazyAnnotationLayer } from "./load-layer";
import type { PageRef } from "./model";
import { isPassageHash } from "./passage-link";

export function StudyMount({ lang, page, root, ready }: { lang: Lang; page: PageRef; root: RefObject<HTMLElement | null>; ready: boolean }) {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (!ready || needed) return;
    let live = true;
    const linked = isPassageHash(window.location.hash);
    void hasStudyData().then((has) => live && (has || linked) && setNeeded(true));
    const onSelection = () => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed && root.current?.contains(selection.anchorNode)) setNeeded(true);
    };
    document.addEventListener("selectionchange", onSelection);
    // Another tab made the reader's first record: show it here too.
    const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(RECORDS_CHANNEL);
    if (channel) channel.onmessage = () => setNeeded(true);
    return () => {
      live = false;
      document.removeEventListener("selectionchange", onSelection);
      channel?.close();
    };
  }, [ready, needed, root]);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <LazyAnnotationLayer lang={lang} page={page} root={root} />
    </Suspense>
  );
}
