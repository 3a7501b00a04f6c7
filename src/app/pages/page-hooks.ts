import { useEffect } from "react";
import { restoreCarriedPlace } from "../layout/reading-place";
import { isPassageHash } from "../../features/notes/passage-link";
import { rememberedPosition } from "../scroll-memory";

/** "4.1 Data Collection · A Survey of Large Language Models" */
export function useDocumentTitle(title: string, book: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${book}` : book;
  }, [title, book]);
}

/**
 * Once a page's content is in the DOM: back where the reader was if they came back (Back, Forward,
 * reload), else to the URL's anchor if it has one, else to the top. Runs on every path change, so a
 * deep link with an anchor lands on it even after a reload.
 */
export function useScrollOnLoad(ready: boolean, path: string): void {
  useEffect(() => {
    if (!ready) return;
    const first = firstPageOfDocument;
    firstPageOfDocument = false;
    // Arriving from the other language: the same place in this one.
    if (restoreCarriedPlace()) return;
    const remembered = rememberedPosition();
    if (remembered !== null) {
      window.scrollTo(0, remembered);
      return;
    }
    // A link to a passage is brought into view by the annotation code, once it has found the text.
    if (isPassageHash(window.location.hash)) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target) target.scrollIntoView();
    // The first page came as HTML: the reader may have scrolled before it hydrated; leave them there.
    else if (!first) window.scrollTo(0, 0);
  }, [ready, path]);
}

let firstPageOfDocument = true;
