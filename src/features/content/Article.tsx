/**
 * Renders a page's build-time hast with React. The Markdown was parsed, checked, linked and its
 * math typeset at build time, so the browser ships only this small renderer (the one react-markdown
 * itself uses), not a Markdown parser or KaTeX.
 */
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { type ComponentProps, type ReactNode, type RefObject, useMemo, useRef } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Link, useLocation } from "wouter";
import { useOverflowMarks } from "./overflow-marks";
import { ExternalLink } from "../../shared/ExternalLink";

export interface ArticleProps {
  hast: Root;
  /** Section pages show their ## heading as the page's h1: shift heading levels up by one. */
  promoteHeadings?: boolean;
  permalinkLabel: (title: string) => string;
  /** Name of the scrollable region around a wide table, in the page's language. */
  tableLabel: string;
  /** The label on a formula wider than the screen ("scrolls sideways"), in the page's language. */
  scrollHint?: string;
  /**
   * Renders internal links (the app passes preview links); defaults to a router link.
   * `samePage`: the link points into the current page, so the browser should just jump.
   */
  renderLink?: (props: ComponentProps<"a">, samePage: boolean) => ReactNode;
  /** Read after an external link's text, which opens in a new tab: "(opens in a new tab)". */
  newTabLabel?: string;
  /** Extra controls at the end of each heading with an id (the app passes a bookmark button). */
  renderHeadingTools?: (id: string, title: string) => ReactNode;
  /** The article's element, for features that work on its text (highlights, reading progress). */
  rootRef?: RefObject<HTMLDivElement | null>;
  /**
   * Renders an interactive figure placed by `::figure{…}` (the app passes the figures feature);
   * without it a figure is an empty, labelled placeholder.
   */
  renderFigure?: (figure: FigurePlacement) => ReactNode;
}

/** A figure as the build placed it: its name, number ("9.1") and Markdown attributes. */
export interface FigurePlacement {
  name: string;
  number: string;
  attributes: Record<string, string>;
}

type FigureElementProps = ComponentProps<"figure"> & { "data-figure"?: string; "data-number"?: string; "data-state"?: string };

type HeadingProps = ComponentProps<"h2"> & { "data-number"?: string };

export function Article({ hast, promoteHeadings = false, permalinkLabel, tableLabel, scrollHint = "⇠ ⇢", renderLink, newTabLabel = "(opens in a new tab)", renderHeadingTools, rootRef, renderFigure }: ArticleProps) {
  const [path] = useLocation();
  // The app may want the element too (highlights, reading progress); either way we mark overflows.
  const ownRoot = useRef<HTMLDivElement | null>(null);
  const root = rootRef ?? ownRoot;
  useOverflowMarks(root, scrollHint);
  const content = useMemo(() => {
    const heading = (level: 2 | 3) =>
      function Heading({ id, children, "data-number": number, ...rest }: HeadingProps) {
        const Tag = `h${promoteHeadings ? level - 1 : level}` as "h2";
        const title = textOf(children);
        return (
          <Tag id={id} {...rest}>
            {number ? <span className="heading-number">{number}</span> : null}
            {children}
            {id ? (
              <a className="permalink" href={`#${id}`} aria-label={permalinkLabel(title)}>
                #
              </a>
            ) : null}
            {id && renderHeadingTools ? renderHeadingTools(id, title) : null}
          </Tag>
        );
      };
    return toJsxRuntime(hast, {
      Fragment,
      jsx,
      jsxs,
      components: {
        h2: heading(2),
        h3: heading(3),
        a: (props: ComponentProps<"a">) => <ContentLink {...props} currentPath={path} renderLink={renderLink} newTabLabel={newTabLabel} />,
        span: ({ "data-html": html, ...props }: ComponentProps<"span"> & { "data-html"?: string }) => {
          if (!html) return <span {...props} />;
          // Formulas were typeset by KaTeX at build time and arrive as trusted HTML from our own build.
          // A display formula may scroll sideways on a phone, so keyboard users can focus it to scroll.
          const display = String(props.className).includes("math-display");
          return <span {...props} tabIndex={display ? 0 : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
        },
        figure: ({ "data-figure": name, "data-number": number = "", "data-state": state = "{}", ...props }: FigureElementProps) =>
          name && renderFigure ? renderFigure({ name, number, attributes: JSON.parse(state) as Record<string, string> }) : <figure {...props} />,
        table: (props: ComponentProps<"table">) => (
          // A wide table scrolls on its own on a phone; focusable so keyboard users can scroll it.
          <div className="table-scroll" tabIndex={0} role="region" aria-label={tableLabel}>
            <table {...props} />
          </div>
        ),
      },
    });
  }, [hast, promoteHeadings, permalinkLabel, tableLabel, renderLink, newTabLabel, renderHeadingTools, renderFigure, path]);
  return (
    <div className="article" ref={root}>
      {content}
    </div>
  );
}

function ContentLink({ currentPath, renderLink, newTabLabel, ...props }: ComponentProps<"a"> & { currentPath: string; renderLink?: ArticleProps["renderLink"]; newTabLabel: string }) {
  const href = props.href ?? "";
  if (/^https?:/.test(href)) return <ExternalLink {...props} href={href} newTabLabel={newTabLabel} />;
  if (!href.startsWith("/")) return <a {...props} />;
  // Same page: let the browser jump to the anchor (the anchor alone, which also holds when the site
  // lives under a sub-path); another page: client-side navigation (the router adds the sub-path).
  const samePage = href.split("#")[0] === currentPath;
  if (samePage) props = { ...props, href: `#${href.split("#")[1] ?? ""}` };
  if (renderLink) return renderLink(props, samePage);
  return samePage ? <a {...props} /> : <Link {...props} href={href} />;
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}
