/** The table of contents: chapters and their sections, numbered, collapsible, current page marked. */
import { useEffect, useRef } from "react";
import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { SaveOffline } from "../../features/offline/SaveOffline";
import { routes } from "../../shared/routes";
import type { ChapterEntry, Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useReader } from "../store";

export function Sidebar({ lang, path }: { lang: Lang; path: string }) {
  const t = UI[lang];
  const drawerOpen = useReader((s) => s.drawerOpen);
  const setDrawerOpen = useReader((s) => s.setDrawerOpen);
  const navRef = useRef<HTMLElement>(null);

  // Keep the current page in view, in the sidebar's own scroll area.
  useEffect(() => {
    navRef.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest" });
  }, [path]);

  // In the phone drawer: focus goes in when it opens, Esc closes it.
  useEffect(() => {
    if (!drawerOpen) return;
    navRef.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setDrawerOpen(false);
        document.querySelector<HTMLElement>(".menu-button")?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [drawerOpen, setDrawerOpen]);

  return (
    <nav id="sidebar" ref={navRef} className={drawerOpen ? "sidebar open" : "sidebar"} aria-label={t.chapters}>
      <ol className="toc">
        {tocs[lang].chapters.map((chapter) => (
          <ChapterItem key={chapter.id} lang={lang} chapter={chapter} path={path} />
        ))}
      </ol>
      <ul className="toc toc-extra">
        <li>
          <Link href={routes.concepts(lang)} aria-current={path === routes.concepts(lang) ? "page" : undefined}>
            {t.concepts}
          </Link>
        </li>
        <li>
          <Link href={routes.conceptMap(lang)} aria-current={path === routes.conceptMap(lang) ? "page" : undefined}>
            {t.conceptMap}
          </Link>
        </li>
        <li>
          <Link href={routes.figures(lang)} aria-current={path === routes.figures(lang) ? "page" : undefined}>
            {t.figures}
          </Link>
        </li>
      </ul>
      <SaveOffline lang={lang} />
    </nav>
  );
}

function ChapterItem({ lang, chapter, path }: { lang: Lang; chapter: ChapterEntry; path: string }) {
  const t = UI[lang];
  const href = routes.chapter(lang, chapter.id);
  const isCurrentChapter = path.startsWith(href);
  const stored = useReader((s) => s.expanded[chapter.id]);
  const setExpanded = useReader((s) => s.setExpanded);
  const open = stored ?? isCurrentChapter;
  const listId = `toc-${chapter.id}`;
  return (
    <li className="toc-chapter">
      <div className="toc-row">
        {chapter.sections.length > 0 ? (
          <button
            type="button"
            className="toc-toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={t.toggleChapter(chapter.title)}
            onClick={() => setExpanded(chapter.id, !open)}
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          </button>
        ) : (
          <span className="toc-toggle-spacer" />
        )}
        <Link href={href} aria-current={path === href ? "page" : undefined}>
          <span className="toc-number">{chapter.number}</span> {chapter.title}
        </Link>
      </div>
      {open && chapter.sections.length > 0 ? (
        <ol id={listId} className="toc-sections">
          {chapter.sections.map((section) => {
            const sectionHref = routes.section(lang, chapter.id, section.id);
            return (
              <li key={section.id}>
                <Link href={sectionHref} aria-current={path === sectionHref ? "page" : undefined}>
                  {section.number ? <span className="toc-number">{section.number}</span> : null} {section.title}
                </Link>
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}

