/** Where a result leads: its route, carrying the query (`?hl=`) so the page can mark the terms. */
export const HIGHLIGHT_PARAM = "hl";

export function resultHref(url: string, queryText: string): string {
  const hash = url.indexOf("#");
  const path = hash < 0 ? url : url.slice(0, hash);
  const anchor = hash < 0 ? "" : url.slice(hash);
  return queryText ? `${path}?${HIGHLIGHT_PARAM}=${encodeURIComponent(queryText)}${anchor}` : url;
}
