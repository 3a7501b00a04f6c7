/**
 * The small toolbar by a selection or a highlight: colours, a note, a link to the passage, remove.
 * It is placed below the selection (phones show their own copy/paste menu above it). Keyboard: Tab
 * moves into it from a selection, arrow keys move between its buttons, Escape closes it.
 */
import { autoUpdate, flip, offset, shift, useFloating } from "@floating-ui/react-dom";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { Lang } from "../../shared/types";
import type { TextSpan } from "./anchoring";
import { COLORS, type Highlight, type HighlightColor, type TextTarget } from "./model";
import { NOTES_TEXT } from "./notes-text";
import { NoteView } from "./NoteView";
import { passageHash } from "./passage-link";

export type ToolbarTarget =
  | { kind: "new"; span: TextSpan; rect: () => DOMRect }
  | { kind: "existing"; id: string; span: TextSpan; rect: () => DOMRect };

interface Props {
  lang: Lang;
  target: ToolbarTarget;
  record: Highlight | undefined;
  passageTarget: () => TextTarget | null;
  onCreate: (color: HighlightColor, note: string) => void;
  onUpdate: (change: Partial<Pick<Highlight, "color" | "note">>) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function HighlightToolbar({ lang, target, record, passageTarget, onCreate, onUpdate, onRemove, onClose }: Props) {
  const t = NOTES_TEXT[lang];
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<{ ok: boolean; link: string } | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const noteId = useId();
  const reference = useMemo(() => ({ getBoundingClientRect: target.rect }), [target]);
  const { refs, floatingStyles } = useFloating({
    elements: { reference },
    placement: "bottom",
    strategy: "fixed",
    whileElementsMounted: autoUpdate,
    middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8 })],
  });

  // From a selection, Tab goes into the toolbar; Escape closes it from anywhere.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const inside = panel.current?.contains(document.activeElement) ?? false;
      if (event.key === "Escape") onClose();
      else if (event.key === "Tab" && !event.shiftKey && !inside) {
        const first = panel.current?.querySelector<HTMLElement>("button, textarea");
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const copyLink = async () => {
    const passage = passageTarget();
    if (!passage) return;
    const link = window.location.origin + window.location.pathname + passageHash(passage);
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ ok: true, link });
    } catch {
      setCopied({ ok: false, link }); // No clipboard access: show the link to copy by hand.
    }
  };

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const buttons = [...(panel.current?.querySelectorAll<HTMLButtonElement>("[role=toolbar] button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    buttons[(at + (event.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  };

  return createPortal(
    <div
      className="highlight-toolbar"
      ref={(el) => {
        refs.setFloating(el);
        panel.current = el;
      }}
      style={floatingStyles}
      // Pressing a button must not clear the selection it acts on.
      onMouseDown={(e) => (e.target as HTMLElement).closest("button") && e.preventDefault()}
    >
      {record?.note && !editing ? <NoteView text={record.note} taskLabel={t.noteLabel} /> : null}
      {editing ? (
        <NoteForm
          id={noteId}
          lang={lang}
          initial={record?.note ?? ""}
          onCancel={() => setEditing(false)}
          onSave={(note) => {
            setEditing(false);
            if (target.kind === "new") onCreate("yellow", note);
            else onUpdate({ note });
          }}
        />
      ) : (
        <div role="toolbar" aria-label={t.toolbar} className="toolbar-buttons" onKeyDown={moveFocus}>
          {COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch-${color}`}
              aria-label={t.highlightIn(t.colorNames[color])}
              aria-pressed={record ? record.color === color : undefined}
              onClick={() => (target.kind === "new" ? onCreate(color, "") : onUpdate({ color }))}
            />
          ))}
          <button type="button" onClick={() => setEditing(true)}>
            {record?.note ? t.editNote : t.addNote}
          </button>
          <button type="button" onClick={() => void copyLink()}>
            {t.copyLink}
          </button>
          {target.kind === "existing" ? (
            <button type="button" onClick={onRemove}>
              {t.removeHighlight}
            </button>
          ) : null}
        </div>
      )}
      <div role="status" className="toolbar-status">
        {copied?.ok ? t.linkCopied : null}
      </div>
      {copied && !copied.ok ? (
        <label className="copy-fallback">
          {t.copyThisLink}
          <input readOnly value={copied.link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>,
    document.body,
  );
}

export function NoteForm({ id, lang, initial, onSave, onCancel }: { id: string; lang: Lang; initial: string; onSave: (note: string) => void; onCancel: () => void }) {
  const t = NOTES_TEXT[lang];
  const [text, setText] = useState(initial);
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label htmlFor={id}>{t.noteLabel}</label>
      <textarea
        id={id}
        value={text}
        rows={4}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) onSave(text);
          if (e.key === "Escape") {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="note-form-buttons">
        <button type="submit">{t.save}</button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
