/**
 * Everything the reader's highlights do on a page, once the annotation code has loaded: paint the
 * page's highlights, offer the toolbar for a selection (mouse, touch or keyboard — it follows the
 * selection, however it was made) or for a clicked highlight, and bring a linked passage into view.
 */
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Lang } from "../../shared/types";
import { describeSpan, type TextSpan } from "./anchoring";
import { indexText, rangeToSpan } from "./dom-text";
import { HighlightToolbar, type ToolbarTarget } from "./HighlightToolbar";
import { type Highlight, type HighlightColor, newId, type PageRef, type StudyRecord } from "./model";
import { NOTES_TEXT } from "./notes-text";
import { type Anchored, anchorAll, paint, unpaint } from "./paint";
import { revealLinkedPlace } from "./reveal";
import { studyStore } from "./study-layer";
import { RemovedToast } from "./UndoToast";
import "./notes.css";

interface Props {
  lang: Lang;
  page: PageRef;
  root: RefObject<HTMLElement | null>;
}

export default function AnnotationLayer({ lang, page, root }: Props) {
  const t = NOTES_TEXT[lang];
  const { records, status } = useSyncExternalStore(studyStore.subscribe, studyStore.getSnapshot, studyStore.getSnapshot);
  const highlights = useMemo(() => records.filter((r): r is Highlight => r.type === "highlight" && r.page === page && r.lang === lang), [records, page, lang]);
  const anchored = useRef<Anchored[]>([]);
  const [target, setTarget] = useState<ToolbarTarget | null>(null);
  const [removed, setRemoved] = useState<StudyRecord | null>(null);

  // Paint the page's highlights; note which ones can no longer be found (kept, shown as orphaned).
  useEffect(() => {
    const article = root.current;
    if (!article || status !== "ready") return;
    const { anchored: found, orphans } = anchorAll(article, highlights);
    anchored.current = found;
    paint(found);
    const changed = [...found.filter((a) => a.highlight.orphaned).map((a) => ({ ...a.highlight, orphaned: false })), ...orphans.filter((h) => !h.orphaned).map((h) => ({ ...h, orphaned: true }))];
    if (changed.length > 0) void studyStore.put(...changed);
  }, [highlights, root, status]);
  useEffect(() => unpaint, [page]);

  // A link to a passage or a heading: into view, and marked for a moment.
  useEffect(() => {
    const article = root.current;
    if (!article) return;
    const reveal = () => revealLinkedPlace(article, window.location.hash);
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, [root, page]);

  useSelectionTarget(root, anchored, setTarget);

  const close = useCallback(() => setTarget(null), []);
  const create = async (span: TextSpan, color: HighlightColor, note: string) => {
    const article = root.current;
    if (!article) return;
    const now = new Date().toISOString();
    const text = indexText(article).text;
    const record: Highlight = { type: "highlight", id: newId(), page, lang, target: describeSpan(text, span.start, span.end), color, note, created: now, updated: now };
    window.getSelection()?.removeAllRanges();
    setTarget(null);
    await studyStore.put(record);
  };
  const update = async (id: string, change: Partial<Pick<Highlight, "color" | "note">>) => {
    const record = studyStore.get(id);
    if (record?.type !== "highlight") return;
    await studyStore.put({ ...record, ...change, updated: new Date().toISOString() });
  };
  const remove = async (id: string) => {
    setTarget(null);
    const record = await studyStore.remove(id);
    if (record) setRemoved(record);
  };

  return (
    <>
      {target ? (
        <HighlightToolbar
          lang={lang}
          target={target}
          record={target.kind === "existing" ? (studyStore.get(target.id) as Highlight | undefined) : undefined}
          passageTarget={() => passageOf(root.current, target)}
          onCreate={(color, note) => target.kind === "new" && void create(target.span, color, note)}
          onUpdate={(change) => target.kind === "existing" && void update(target.id, change)}
          onRemove={() => target.kind === "existing" && void remove(target.id)}
          onClose={close}
        />
      ) : null}
      {removed ? (
        <RemovedToast key={removed.id} record={removed} message={t.removed} undoLabel={t.undo} onDone={() => setRemoved(null)} />
      ) : null}
    </>
  );
}

/** The passage the toolbar is about, described afresh from the text as it is now. */
function passageOf(article: HTMLElement | null, target: ToolbarTarget) {
  if (!article) return null;
  const index = indexText(article);
  return describeSpan(index.text, target.span.start, target.span.end);
}

/**
 * Follows the selection in the article: a non-empty one opens the toolbar for a new highlight; a
 * click (or tap) on a painted highlight opens it for that highlight.
 */
function useSelectionTarget(root: RefObject<HTMLElement | null>, anchored: RefObject<Anchored[]>, setTarget: (t: ToolbarTarget | null) => void) {
  useEffect(() => {
    let timer = 0;
    const onSelection = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const article = root.current;
        const selection = window.getSelection();
        if (!article || !selection || selection.rangeCount === 0) return;
        const range = selection.getRangeAt(0);
        if (selection.isCollapsed || !article.contains(range.commonAncestorContainer)) {
          // Focus inside the toolbar (typing a note) keeps it open.
          if (!document.activeElement?.closest(".highlight-toolbar")) setTarget(null);
          return;
        }
        const index = indexText(article);
        const span = trimSpan(index.text, rangeToSpan(index, range));
        if (span.end > span.start) setTarget({ kind: "new", span, rect: () => range.getBoundingClientRect() });
      }, 150);
    };
    const onClick = (event: MouseEvent) => {
      const article = root.current;
      if (!article || !window.getSelection()?.isCollapsed || !article.contains(event.target as Node)) return;
      const hit = anchored.current.find((a) => a.range.getClientRects().length > 0 && [...a.range.getClientRects()].some((r) => inside(r, event.clientX, event.clientY)));
      if (hit) setTarget({ kind: "existing", id: hit.highlight.id, span: hit.span, rect: () => hit.range.getBoundingClientRect() });
    };
    document.addEventListener("selectionchange", onSelection);
    document.addEventListener("click", onClick);
    onSelection(); // A selection made before this code loaded.
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("selectionchange", onSelection);
      document.removeEventListener("click", onClick);
    };
  }, [root, anchored, setTarget]);
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** Leading and trailing spaces of a selection are not part of the passage. */
function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
