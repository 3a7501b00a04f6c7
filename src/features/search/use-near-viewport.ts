import { type RefObject, useEffect, useState } from "react";

/**
 * True once the element has come within a screen or so of the viewport (and stays true): a long
 * results page loads snippet text only for the results a reader scrolls to.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  // Without IntersectionObserver every result counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "600px 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
