/**
 * Marks display formulas that are wider than the text column (on a phone, most long ones), so CSS
 * can show that they scroll sideways. Runs after render and on resize; marks are classes and data
 * attributes added to the DOM only, so the prerendered HTML and hydration are untouched.
 */
import { type RefObject, useEffect } from "react";

export function useOverflowMarks(root: RefObject<HTMLElement | null>, hint: string): void {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const mark = () => {
      for (const el of container.querySelectorAll<HTMLElement>(".math-display")) {
        const scrolls = el.scrollWidth > el.clientWidth + 1;
        el.classList.toggle("scrolls", scrolls);
        if (scrolls) el.dataset.scrollHint = hint;
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(container);
    return () => observer.disconnect();
  }, [root, hint]);
}
