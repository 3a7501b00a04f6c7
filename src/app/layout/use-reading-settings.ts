import { useEffect } from "react";
import { applyReadingSettings } from "../../features/progress/reading-settings";
import { useReader } from "../store";

/** Applies text size and line width to <html> (index.html's inline script did it before first paint). */
export function useReadingSettings(): void {
  const reading = useReader((s) => s.reading);
  useEffect(() => applyReadingSettings(document.documentElement, reading), [reading]);
}
