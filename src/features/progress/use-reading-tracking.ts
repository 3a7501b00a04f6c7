/**
 * Watches the reader on a chapter or section page: reports the page as read once they have scrolled
 * through it (see progress-model.ts), and, as they scroll, where they are (the heading they have
 * reached) so the home and chapter pages can offer to continue there.
 */
import { type RefObject, useEffect, useRef } from "react";
import { hasReadThrough } from "./progress-model";

const SETTLE_MS = 1000;
/** A scroll counts as the reader's if they touched wheel, screen, keys or pointer this recently. */
const INPUT_WINDOW_MS = 1500;

interface Options {
  ready: boolean;
  /** Changes when the page changes. */
  pageId: string;
  root: RefObject<HTMLElement | null>;
  onRead: () => void;
  onPosition: (heading: string | null) => void;
}

export function useReadingTracking({ ready, pageId, root, onRead, onPosition }: Options): void {
  // The latest callbacks, without restarting the watch on every render.
  const callbacks = useRef({ onRead, onPosition });
  useEffect(() => {
    callbacks.current = { onRead, onPosition };
  });
  useEffect(() => {
    if (!ready) return;
    const opened = performance.now();
    let endSeen = false;
    let read = false;
    let lastHeading: string | null | undefined;
    let frame = 0;
    // Only the reader's own scrolling moves the place to resume: not the page being put back where
    // it was, nor text reflowing as fonts or figures arrive (the browser scrolls to keep its place).
    let lastInput = -Infinity;
    const onInput = () => (lastInput = performance.now());
    const inputs = ["wheel", "touchmove", "keydown", "pointerdown"] as const;
    for (const type of inputs) window.addEventListener(type, onInput, { passive: true });
    const check = (scrolled: boolean) => {
      const article = root.current;
      if (!article) return;
      if (article.getBoundingClientRect().bottom <= window.innerHeight + 4) endSeen = true;
      if (!read && hasReadThrough(endSeen, (performance.now() - opened) / 1000)) {
        read = true;
        callbacks.current.onRead();
      }
      // Opening a page doesn't move the place to resume; reading (scrolling) on it does. The first
      // second's scrolling is the page being put back where it was (reload, Back) or at its anchor.
      if (!scrolled || performance.now() - opened < SETTLE_MS || performance.now() - lastInput > INPUT_WINDOW_MS) return;
      const heading = currentHeading(article);
      if (heading !== lastHeading) {
        lastHeading = heading;
        callbacks.current.onPosition(heading);
      }
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => check(true));
    };
    check(false);
    const timer = window.setInterval(() => check(false), 1000);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.clearInterval(timer);
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      for (const type of inputs) window.removeEventListener(type, onInput);
    };
  }, [ready, pageId, root]);
}

/** The last heading that has scrolled above the upper third of the window (null: above the first). */
function currentHeading(article: HTMLElement): string | null {
  const line = window.innerHeight / 3;
  let current: string | null = null;
  for (const heading of article.querySelectorAll<HTMLElement>("h1[id], h2[id], h3[id]")) {
    if (heading.getBoundingClientRect().top < line) current = heading.id;
    else break;
  }
  return current;
}
