/**
 * A section or concept link that shows a preview card: after a short hover, on keyboard focus, or
 * on a first tap on touch screens (a second tap follows the link). The card closes on Esc, on a
 * tap or click outside, and when the pointer leaves both link and card. The card itself is loaded
 * the first time one opens.
 */
import { type ComponentProps, lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import type { Preview } from "../../shared/types";

const PreviewCard = lazy(() => import("./PreviewCard"));

const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 200;

/** What a card says around its data, in the page's language. */
export interface CardLabels {
  open: string;
  openPaper: string;
  newTab: string;
  citedIn: (n: number) => string;
}

type Props = ComponentProps<"a"> & {
  preview: Preview | undefined;
  labels: CardLabels;
  /** The target is on this page: a plain anchor, so the browser jumps to it. */
  samePage: boolean;
};

export function PreviewLink({ preview, labels, samePage, href = "", children, ...rest }: Props) {
  const [open, setOpen] = useState(false);
  // State, not a ref: the card positions itself against this element, so it must re-render with it.
  const [anchor, setAnchor] = useState<HTMLAnchorElement | null>(null);
  const card = useRef<HTMLDivElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastPointer = useRef<string>("mouse");
  const cardId = useId();

  const schedule = useCallback((next: boolean, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(next), delay);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!anchor?.contains(target) && !card.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open, anchor]);

  const Anchor = samePage ? "a" : Link;
  if (!preview) {
    return (
      <Anchor href={href} {...rest}>
        {children}
      </Anchor>
    );
  }

  return (
    <>
      <Anchor
        {...rest}
        href={href}
        ref={setAnchor}
        aria-describedby={open ? cardId : undefined}
        onPointerDown={(e) => {
          lastPointer.current = e.pointerType;
        }}
        onPointerEnter={(e) => e.pointerType !== "touch" && schedule(true, OPEN_DELAY_MS)}
        onPointerLeave={(e) => e.pointerType !== "touch" && schedule(false, CLOSE_DELAY_MS)}
        onFocus={() => lastPointer.current !== "touch" && schedule(true, 0)}
        onBlur={() => schedule(false, CLOSE_DELAY_MS)}
        onClick={(e) => {
          // On touch, the first tap shows the card; following the link takes a second tap.
          if (lastPointer.current === "touch" && !open) {
            e.preventDefault();
            clearTimeout(timer.current);
            setOpen(true);
          } else {
            setOpen(false);
          }
        }}
      >
        {children}
      </Anchor>
      {open ? (
        <Suspense fallback={null}>
          <PreviewCard
            id={cardId}
            anchor={anchor}
            cardRef={card}
            preview={preview}
            labels={labels}
            onPointerEnter={() => clearTimeout(timer.current)}
            onPointerLeave={() => schedule(false, CLOSE_DELAY_MS)}
            onFollow={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * An Article `renderLink` that gives each link its card from the page's previews. A citation keeps
 * its words and gains its number in the page's References list, as a superscript "[n]".
 */
export function previewLinks(previews: Record<string, Preview>, labels: CardLabels) {
  return function renderPreviewLink({ children, ...props }: ComponentProps<"a">, samePage: boolean) {
    const data = props as Record<string, unknown>;
    const key = `${String(data["data-kind"])}:${String(data["data-target"])}`;
    const mark = data["data-mark"];
    return (
      <PreviewLink {...props} samePage={samePage} preview={previews[key]} labels={labels}>
        {children}
        {mark ? <sup className="cite-mark">[{String(mark)}]</sup> : null}
      </PreviewLink>
    );
  };
}
