/** Page frame: skip link, header, sidebar (a drawer on phones), main content. */
import { type ReactNode, useEffect, useRef } from "react";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useReader } from "../store";
import { UpdateBanner } from "../../features/offline/UpdateBanner";
import { StudyNotices } from "../../features/notes/StudyNotices";
import { useReadingSettings } from "./use-reading-settings";
import { Header } from "./Header";
import { ProblemsPanel } from "./ProblemsPanel";
import { Sidebar } from "./Sidebar";
import { useTheme } from "./use-theme";

/**
 * After a client-side navigation, focus moves to the new page's main content, as accessible
 * routers do: a screen reader announces it and the next Tab continues in the page, not in the
 * link that was followed. (A fresh page load leaves focus alone, so the first Tab reaches "Skip
 * to content".)
 */
function useFocusOnNavigation(path: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [path]);
}

export function Shell({ lang, path, children }: { lang: Lang; path: string; children: ReactNode }) {
  const t = UI[lang];
  const drawerOpen = useReader((s) => s.drawerOpen);
  const setDrawerOpen = useReader((s) => s.setDrawerOpen);
  useTheme();
  useReadingSettings();

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  }, [lang]);

  // Following a link closes the phone drawer.
  useEffect(() => setDrawerOpen(false), [path, setDrawerOpen]);
  useFocusOnNavigation(path);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <UpdateBanner lang={lang} />
      <Header lang={lang} path={path} />
      <div className="layout">
        <Sidebar lang={lang} path={path} />
        {drawerOpen ? <div className="drawer-backdrop" onClick={() => setDrawerOpen(false)} aria-hidden="true" /> : null}
        <main id="main" tabIndex={-1}>
          {import.meta.env.DEV ? <ProblemsPanel lang={lang} /> : null}
          <StudyNotices lang={lang} onExport={exportEverything} />
          {children}
        </main>
      </div>
    </>
  );
}

/** The notices' export offer: everything, including what could not be saved. */
function exportEverything(): void {
  const { progress, resume } = useReader.getState();
  void import("../../features/notes/export-actions").then((m) => m.exportJson({ progress, resume }));
}
