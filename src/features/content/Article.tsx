/**
 * Renders a page's build-time hast with React. The Markdown was parsed, checked, linked and its
 * math typeset at build time, so the browser ships only this small renderer (the one react-markdown
 * itself uses), not a Markdown parser or KaTeX.
 */
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { type ComponentProps, type ReactNode, useMemo } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Link, useLocation } from "wouter";

export interface ArticleProps {
  hast: Root;
  /** Section pages show their ## heading as the page's h1: shift heading levels up by one. */
  promoteHeadings?: boolean;
  permalinkLabel: (title: string) => string;
  /** Name of the scrollable region around a wide table, in the page's language. */
  tableLabel: string;
  /**
   * Renders internal links (the app passes preview links); defaults to a router link.
   * `samePage`: the link points into the current page, so the browser should just jump.
   */
  renderLink?: (props: ComponentProps<"a">, samePage: boolean) => ReactNode;
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

export function Article({ hast, promoteHeadings = false, permalinkLabel, tableLabel, renderLink, renderFigure }: ArticleProps) {
  const [path] = useLocation();
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
        a: (props: ComponentProps<"a">) => <ContentLink {...props} currentPath={path} renderLink={renderLink} />,
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
  }, [hast, promoteHeadings, permalinkLabel, tableLabel, renderLink, renderFigure, path]);
  return <div className="article">{content}</div>;
}

function ContentLink({ currentPath, renderLink, ...props }: ComponentProps<"a"> & { currentPath: string; renderLink?: ArticleProps["renderLink"] }) {
  const href = props.href ?? "";
  if (!href.startsWith("/")) {
    const external = /^https?:/.test(href);
    return <a {...props} {...(external ? { rel: "noopener noreferrer" } : {})} />;
  }
  // Same page: let the browser jump to the anchor; another page: client-side navigation.
  const samePage = href.split("#")[0] === currentPath;
  if (renderLink) return renderLink(props, samePage);
  return samePage ? <a {...props} /> : <Link {...props} href={href} />;
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}
