/**
 * A link that leaves the book: it opens in a new tab, shows an arrow icon (CSS, `.external`), and
 * says so to screen readers. One component, so every external link in the reader behaves alike.
 */
import type { ComponentProps } from "react";

export function ExternalLink({ newTabLabel, className, children, ...props }: ComponentProps<"a"> & { newTabLabel: string }) {
  return (
    <a {...props} className={className ? `external ${className}` : "external"} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> {newTabLabel}</span>
    </a>
  );
}
