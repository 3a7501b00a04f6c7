/** The table of contents: chapters and their sections, numbered, collapsible, current page marked. */
import { useEffect, useRef } from "react";
import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { SaveOffline } from "../../features/offline/SaveOffline";
import { chapterFigure } from "../../features/progress/progress-model";
import { PROGRESS_TEXT } from "../../features/progress/progress-text";
import { NOTES_TEXT } from "../../features/notes/notes-text";
import { useHydrated } from "../../shared/notices";
import { routes } from "../../shared/routes";
import { RESOURCE_TEXT } from "../../shared/resource-text";
import { type ChapterEntry, ENTITY_KINDS, type Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useReader } from "../store";

export function Sidebar({ lang, path }: { lang: Lang; path: string }) {
  const t = UI[lang];
  const drawerOpen = useReader((s) => s.drawerOpen);
  const setDrawerOpen = useReader((s) => s.setDrawerOpen);
  const navRef = useRef<HTMLElement>(null);

  // Keep the current page in view, in the sidebar's own scroll area. (Scrolling the list itself,
  // not scrollIntoView: that would move where the first Tab starts, past "Skip to content".)
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const top = current.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - current.offsetHeight) nav.scrollTop = top - nav.clientHeight / 3;
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
        <li>
          <Link href={routes.notes(lang)} aria-current={path === routes.notes(lang) ? "page" : undefined}>
            {NOTES_TEXT[lang].notes}
          </Link>
        </li>
      </ul>
      <ul className="toc toc-extra">
        {[routes.papers(lang), ...ENTITY_KINDS.map((kind) => routes.catalogue(lang, kind))].map((href, i) => (
          <li key={href}>
            <Link href={href} aria-current={path === href ? "page" : undefined}>
              {i === 0 ? RESOURCE_TEXT[lang].papers : RESOURCE_TEXT[lang].catalogue[ENTITY_KINDS[i - 1]!]}
            </Link>
          </li>
        ))}
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
  // Read marks come from this browser's storage: shown once hydrated, never in the prerendered HTML.
  const hydrated = useHydrated();
  const progress = useReader((s) => s.progress);
  const figure = hydrated ? chapterFigure(chapter, progress) : null;
  const p = PROGRESS_TEXT[lang];
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
          {figure && figure.read > 0 ? (
            <span className="toc-figure" data-testid="chapter-progress">
              {" "}
              {chapter.sections.length > 0 ? p.readOf(figure.read, figure.total) : <ReadMark label={p.read} />}
            </span>
          ) : null}
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
                  {hydrated && progress[`section:${section.id}`]?.read ? <ReadMark label={p.read} /> : null}
                </Link>
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}

function ReadMark({ label }: { label: string }) {
  return (
    <span className="toc-read">
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">({label})</span>
    </span>
  );
}
