/**
 * Where the reader was on each page, so Back, Forward and reload return to the same place. Pages
 * render after their content chunk arrives, too late for the browser's own scroll restoration, so
 * the reader takes it over: positions are remembered per address (path + anchor) in sessionStorage
 * and put back once the page's content is in the DOM.
 */
const STORE_KEY = "llm-survey-reader:scroll";

let positions: Record<string, number> = {};
/** True when the current page was reached by Back/Forward or a reload, not by following a link. */
let returning = false;
let failedPath: string | null = null;

const here = () => window.location.pathname + window.location.hash;

export function startScrollMemory(): void {
  window.history.scrollRestoration = "manual";
  try {
    positions = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? "{}") as Record<string, number>;
  } catch {
    positions = {};
  }
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  returning = navigation?.type === "reload" || navigation?.type === "back_forward";
  let frame = 0;
  window.addEventListener(
    "scroll",
    () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (failedPath !== window.location.pathname) positions[here()] = window.scrollY;
      });
    },
    { passive: true },
  );
  window.addEventListener("popstate", () => {
    returning = true;
  });
  // wouter announces its own navigations with these events.
  for (const event of ["pushState", "replaceState"]) window.addEventListener(event, () => (returning = false));
  window.addEventListener("pagehide", () => {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(positions));
    } catch {
      // Storage full or blocked: positions last for this visit only.
    }
  });
}

/**
 * The content of the page at this path failed to load: it has no position to come back to, so a
 * reload lands where its address points (its anchor) rather than where the empty page was scrolled.
 */
export function pageFailed(): void {
  failedPath = window.location.pathname;
  delete positions[here()];
}

/** The position to return to on this page, or null when the reader arrived by following a link. */
export function rememberedPosition(): number | null {
  return returning ? (positions[here()] ?? null) : null;
}
