/**
 * The header's search button, and the shortcuts that open the palette from any page: Ctrl+K / ⌘K
 * anywhere, "/" when not typing in a field. The palette's code is not part of the first load: it
 * loads when the browser is idle after the page (or at once on hover, focus or a shortcut), and
 * keys typed before it arrives are kept and handed to it. The engine and the index load the first
 * time it opens (hovering or focusing the button starts that download early).
 */
import { Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Lang } from "../../shared/types";
import { loadFullSearcher } from "./load-search";
import { lazyWithPreload } from "../../shared/lazy-with-preload";
import { SEARCH_TEXT } from "./search-text";
import "./search.css";

const SearchPalette = lazyWithPreload(() => import("./SearchPalette").then((m) => m.SearchPalette));

export function SearchLauncher({ lang }: { lang: Lang }) {
  const t = SEARCH_TEXT[lang];
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  // What the reader typed after the shortcut, before the palette's code had arrived.
  const [typedEarly, setTypedEarly] = useState("");

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 2000));
    idle(() => void SearchPalette.preload().catch(() => undefined));
  }, []);

  useEffect(() => {
    if (!open || SearchPalette.isLoaded()) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key.length === 1) setTypedEarly((text) => text + event.key);
      else if (event.key === "Backspace") setTypedEarly((text) => text.slice(0, -1));
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setTypedEarly("");
    setOpen(true);
  }, []);

  const close = useCallback((navigated: boolean) => {
    setOpen(false);
    // After opening a result, reading continues in the page's main content; otherwise where it was.
    const target = navigated ? document.getElementById("main") : returnFocus.current;
    requestAnimationFrame(() => target?.focus({ preventScroll: navigated }));
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const modifier = event.ctrlKey || event.metaKey;
      if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
        // Ctrl+K would otherwise focus the browser's own search box.
        event.preventDefault();
        if (!open) show();
      } else if (event.key === "/" && !modifier && !event.altKey && !isTyping(event.target) && !open) {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, show]);

  const preload = () => {
    void SearchPalette.preload().catch(() => undefined);
    void loadFullSearcher(lang).catch(() => undefined);
  };
  // Read after hydration: the prerendered HTML can't know the reader's platform.
  const shortcut = useSyncExternalStore(noSubscription, () => (isApple() ? "⌘K" : "Ctrl K"), () => "Ctrl K");

  return (
    <>
      <button
        type="button"
        className="search-launcher"
        onClick={show}
        onPointerEnter={preload}
        onFocus={preload}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        title={t.shortcutHint(shortcut)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="search-icon">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-4-4" />
        </svg>
        <span className="search-launcher-label narrow-hidden">{t.search}</span>
        <kbd className="search-launcher-key" aria-hidden="true">
          {shortcut}
        </kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchPalette lang={lang} onClose={close} initialQuery={typedEarly} />
        </Suspense>
      ) : null}
    </>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // Buttons, checkboxes and the like take no text: "/" there still opens search.
  return target instanceof HTMLInputElement && !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(target.type);
}

const noSubscription = () => () => undefined;

function isApple(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
