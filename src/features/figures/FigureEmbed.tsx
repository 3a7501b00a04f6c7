/**
 * A figure in the text: number, title and caption, and the figure itself. The figure's own code
 * loads when it comes near the viewport. Until then the reader sees exactly what the prerender
 * wrote — the figure's default state as static SVG — because on first load this component keeps
 * the server's markup of the figure's body (read from the page before hydration) instead of
 * rendering it, so hydration finds what it expects and nothing moves when the code arrives.
 */
import { Component, type ErrorInfo, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { Link } from "wouter";
import { defaultsOf, type ParamSpecs, readState } from "../../shared/figures/params";
import { FIGURES, isFigureName } from "../../shared/figures/registry";
import { FIGURE_TEXT, FIGURE_UI } from "../../shared/figures/text";
import { routes } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { FIGURE_COMPONENTS } from "./loaders";
import "./figures.css";

export interface FigureEmbedProps {
  lang: Lang;
  name: string;
  /** "9.1", or null for a figure no chapter places. */
  number: string | null;
  /** The figure's Markdown attributes (its starting state on this page). */
  attributes?: Record<string, string>;
  /** On the figure's own page: no link to itself. */
  standalone?: boolean;
}

/**
 * True until the first figure body has mounted: only the first render of the page (hydration) can
 * find server markup to keep; a figure reached by navigating inside the reader has none.
 */
let hydrating = true;

export default function FigureEmbed({ lang, name, number, attributes, standalone = false }: FigureEmbedProps) {
  if (!isFigureName(name)) return null;
  const t = FIGURE_UI[lang];
  const text = FIGURE_TEXT[lang][name];
  const id = `figure-${name}`;
  return (
    <figure className="figure" id={id} data-figure={name} aria-labelledby={`${id}-title`}>
      <figcaption>
        {number ? (
          <a className="figure-number" href={`#${id}`} aria-label={t.permalink(t.figure(number))}>
            {t.figure(number)}
          </a>
        ) : null}{" "}
        <span className="figure-title" id={`${id}-title`}>
          {text.title}
        </span>
        <span className="figure-summary"> {text.summary}</span>
        {standalone ? null : (
          <>
            {" "}
            <Link className="figure-own-page" href={routes.figure(lang, name)}>
              {t.openOwnPage}
            </Link>
          </>
        )}
      </figcaption>
      <FigureBody lang={lang} name={name} attributes={attributes} />
    </figure>
  );
}

function FigureBody({ lang, name, attributes }: { lang: Lang; name: keyof typeof FIGURES; attributes?: Record<string, string> }) {
  const bodyId = `figure-${name}-body`;
  const Figure = FIGURE_COMPONENTS[name];
  const base = useMemo(() => {
    const specs: ParamSpecs = FIGURES[name];
    return readState(specs, Object.entries(attributes ?? {}), defaultsOf(specs)).state;
  }, [name, attributes]);
  // In the prerender the figure's code is loaded (React waits for it); in the browser it may not be.
  const [live, setLive] = useState(() => typeof document === "undefined" || Figure.isLoaded());
  // The server's markup of this body, if the page came with one (first load); kept as it is.
  const [serverHtml] = useState(() => (typeof document === "undefined" || live || !hydrating ? null : (document.getElementById(bodyId)?.innerHTML ?? null)));
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    hydrating = false;
  }, []);

  useEffect(() => {
    if (live) return;
    const element = ref.current;
    let cancelled = false;
    const load = () =>
      Figure.preload().then(
        () => !cancelled && setLive(true),
        () => !cancelled && setFailed(true),
      );
    if (!element || typeof IntersectionObserver === "undefined") {
      load();
      return () => void (cancelled = true);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [live, Figure]);

  const t = FIGURE_UI[lang];
  if (live) {
    return (
      <div className="figure-body" id={bodyId} data-figure-body={name} ref={ref}>
        <FigureBoundary message={t.failed}>
          <Figure lang={lang} base={base} />
        </FigureBoundary>
      </div>
    );
  }
  if (serverHtml !== null) {
    // React leaves a dangerouslySetInnerHTML body alone while hydrating: the server's figure stays.
    return <div className="figure-body" id={bodyId} data-figure-body={name} ref={ref} dangerouslySetInnerHTML={{ __html: serverHtml }} suppressHydrationWarning />;
  }
  return (
    <div className="figure-body figure-pending" id={bodyId} data-figure-body={name} ref={ref}>
      <p className={failed ? "fig-error" : "figure-loading"} role={failed ? "alert" : undefined}>
        {failed ? t.failed : t.loading}
      </p>
    </div>
  );
}

/** A figure that throws shows a message; the page around it keeps working. */
class FigureBoundary extends Component<{ message: string; children: ReactNode }, { error: boolean }> {
  override state = { error: false };
  static getDerivedStateFromError() {
    return { error: true };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("figure:", error, info.componentStack);
  }
  override render() {
    return this.state.error ? (
      <p className="fig-error" role="alert">
        {this.props.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
