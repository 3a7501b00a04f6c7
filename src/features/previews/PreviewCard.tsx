/** The card itself: placed beside its link (never over it) and kept inside the viewport. */
import { autoUpdate, flip, offset, shift, size, useFloating } from "@floating-ui/react-dom";
import type { RefObject } from "react";
import { createPortal } from "react-dom";
import { Link } from "wouter";
import { ExternalLink } from "../../shared/ExternalLink";
import type { Preview } from "../../shared/types";
import type { CardLabels } from "./PreviewLink";
import "./previews.css";

interface Props {
  id: string;
  anchor: HTMLElement | null;
  cardRef: RefObject<HTMLDivElement | null>;
  preview: Preview;
  labels: CardLabels;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onFollow: () => void;
}

export default function PreviewCard({ id, anchor, cardRef, preview, labels, onPointerEnter, onPointerLeave, onFollow }: Props) {
  const { refs, floatingStyles } = useFloating({
    elements: { reference: anchor },
    placement: "bottom-start",
    strategy: "fixed",
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(8),
      // Above or below the link, whichever fits; sideways shifts only, so the link stays uncovered.
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableWidth, elements }) {
          elements.floating.style.maxWidth = `${Math.min(380, availableWidth)}px`;
        },
      }),
    ],
  });
  return createPortal(
    <div
      id={id}
      role="tooltip"
      className="preview-card"
      ref={(el) => {
        refs.setFloating(el);
        cardRef.current = el;
      }}
      style={floatingStyles}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="preview-title">
        {preview.number ? <span className="preview-number">{preview.number}</span> : null}
        {preview.title}
      </p>
      <p className="preview-subtitle">{preview.subtitle}</p>
      {preview.opening ? <p className="preview-opening">{preview.opening}</p> : null}
      {preview.citedIn !== undefined ? <p className="preview-cited">{labels.citedIn(preview.citedIn)}</p> : null}
      {/* Reached by pointer or tap; keyboard users follow the link itself (a citation leads to its References entry, which has both links). */}
      <p className="preview-actions">
        {preview.external ? (
          <ExternalLink href={preview.external} newTabLabel={labels.newTab} tabIndex={-1} className="preview-open">
            {labels.openPaper}
          </ExternalLink>
        ) : null}
        <Link href={preview.href} className="preview-open" tabIndex={-1} onClick={onFollow}>
          {labels.open} →
        </Link>
      </p>
    </div>,
    document.body,
  );
}
