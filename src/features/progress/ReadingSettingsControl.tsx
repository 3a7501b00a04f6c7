/** The "Aa" button in the header: text size and line width, a few steps each. */
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "../../shared/notices";
import type { Lang } from "../../shared/types";
import { PROGRESS_TEXT } from "./progress-text";
import { DEFAULT_READING, FONT_SIZES, LINE_WIDTHS, type ReadingSettings } from "./reading-settings";
import "./progress.css";

export function ReadingSettingsControl({ lang, settings: stored, onChange }: { lang: Lang; settings: ReadingSettings; onChange: (s: Partial<ReadingSettings>) => void }) {
  const t = PROGRESS_TEXT[lang];
  const [open, setOpen] = useState(false);
  // The stored choice shows once hydrated (the prerendered HTML has the defaults).
  const settings = useHydrated() ? stored : DEFAULT_READING;
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        wrapper.current?.querySelector("button")?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);
  return (
    <div className="reading-settings" ref={wrapper}>
      <button type="button" className="reading-settings-button" aria-expanded={open} aria-controls={panelId} aria-label={t.settings} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">Aa</span>
      </button>
      <div id={panelId} className="reading-settings-panel" hidden={!open}>
        <fieldset>
          <legend>{t.fontSize}</legend>
          {FONT_SIZES.map((size) => (
            <label key={size}>
              <input type="radio" name={`${panelId}-size`} checked={settings.fontSize === size} onChange={() => onChange({ fontSize: size })} />
              {t.fontSizes[size]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.lineWidth}</legend>
          {LINE_WIDTHS.map((width) => (
            <label key={width}>
              <input type="radio" name={`${panelId}-width`} checked={settings.lineWidth === width} onChange={() => onChange({ lineWidth: width })} />
              {t.lineWidths[width]}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
