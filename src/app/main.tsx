/**
 * The browser entry. A prerendered page is hydrated: its route's data and components are loaded
 * first, so the first render matches the HTML the build wrote. Any other document (404.html, the
 * dev server's empty shell) is rendered from scratch.
 */
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { Router } from "wouter";
import { matchRoute } from "../shared/match-route";
import { App } from "./App";
import { routerBase, sitePath } from "./base-path";
import { isChunkLoadError, reloadOnceForMissingChunk } from "./load-recovery";
import { preloadRoute } from "./preload-route";
import { startScrollMemory } from "./scroll-memory";
import { startTabSync } from "./store";
import { startServiceWorker } from "../features/offline/service-worker";
import "./styles/base.css";

startScrollMemory();
startTabSync();

// A chunk that a new deploy removed: load the same address again, once.
window.addEventListener("vite:preloadError", (event) => {
  if (reloadOnceForMissingChunk()) event.preventDefault();
});

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const path = sitePath(window.location.pathname);

const app = (
  <StrictMode>
    {/* The HTML was rendered without a query string; the real one is read after hydration. */}
    <Router base={routerBase} ssrSearch="">
      <App />
    </Router>
  </StrictMode>
);

// The prerender marks the root with the path it rendered; only that path's HTML can be hydrated.
// The page is readable as it arrived: hydrating (parsing the page's data, rendering it) waits
// until the browser has painted that HTML, so scripts never hold back the first paint.
if (container.dataset.path === path) {
  afterFirstPaint()
    .then(() => preloadRoute(matchRoute(path)))
    .then(
    () => hydrate(container),
    (error: unknown) => {
      // The page stays as the server wrote it — readable, its links plain links. If a deploy
      // replaced the chunk, the same address loads again, once.
      if (isChunkLoadError(error)) reloadOnceForMissingChunk();
      console.warn("this page could not load its scripts' data; it stays static:", error);
    },
  );
} else {
  createRoot(container).render(app);
}
startServiceWorker();

function afterFirstPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

function hydrate(root: HTMLElement) {
  const serverHtml = root.innerHTML;
  hydrateRoot(root, app, {
    // A mismatch is a bug to fix, not something to hide: report it where tests look.
    onRecoverableError: (error) => console.error("hydration:", error),
    // React unmounts the whole tree on an error no boundary caught; never leave a blank page.
    onUncaughtError: (error) => {
      console.error(error);
      root.innerHTML = serverHtml;
    },
  });
}
