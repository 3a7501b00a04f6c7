/**
 * The header's search button, and the shortcuts that open the palette from any page: Ctrl+K / ⌘K
 * anywhere, "/" when not typing in a field. The palette itself is small and part of the page, so
 * it opens at once and keeps every key typed right after the shortcut; the engine and the index
 * load the first time it opens (hovering or focusing the button starts that download early).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Lang } from "../../shared/types";
import { loadFullSearcher } from "./load-search";
import { SearchPalette } from "./SearchPalette";
import { SEARCH_TEXT } from "./search-text";
import "./search.css";

export function SearchLauncher({ lang }: { lang: Lang }) {
  const t = SEARCH_TEXT[lang];
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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

  const preload = () => void loadFullSearcher(lang).catch(() => undefined);
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
      {open ? <SearchPalette lang={lang} onClose={close} /> : null}
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
