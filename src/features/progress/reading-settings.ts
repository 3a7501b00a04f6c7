/**
 * Reading settings: a few steps of text size and line width. They are applied as attributes on
 * <html> (index.html's inline script does it before the first paint, React after), and CSS maps each
 * step to a size.
 */
export const FONT_SIZES = ["small", "medium", "large", "x-large"] as const;
export const LINE_WIDTHS = ["narrow", "medium", "wide"] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export type LineWidth = (typeof LINE_WIDTHS)[number];

export interface ReadingSettings {
  fontSize: FontSize;
  lineWidth: LineWidth;
}

export const DEFAULT_READING: ReadingSettings = { fontSize: "medium", lineWidth: "medium" };

export function applyReadingSettings(root: HTMLElement, settings: ReadingSettings): void {
  root.setAttribute("data-font-size", settings.fontSize);
  root.setAttribute("data-line-width", settings.lineWidth);
}
