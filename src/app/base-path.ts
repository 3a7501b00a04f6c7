/**
 * The site may be deployed under a sub-path (`BASE_PATH=/llm-survey/ npm run build`). Routes and
 * the build's links are written from the site's root (`/en/…`); the router adds the base to its own
 * links, and plain anchors go through `withBase`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");

/** The router's base: "" at the root, "/llm-survey" under a sub-path. */
export const routerBase = BASE;

export function withBase(href: string): string {
  return href.startsWith("/") ? BASE + href : href;
}

/** The path within the site: the address's path without the base. */
export function sitePath(pathname: string): string {
  return BASE && pathname.startsWith(BASE) ? pathname.slice(BASE.length) || "/" : pathname;
}
