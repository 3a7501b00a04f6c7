/**
 * Where the reader is in the text, so switching language lands on the same place: the last
 * heading above the reading line (a third of the way down the window) and the how-manieth block
 * (paragraph, list, formula, table) after it. Both editions have the same headings and ids and
 * cover the same points in the same order, so the heading is exact and the block a close guess.
 */
const KEY = "llm-survey-reader:reading-place";
const BLOCKS = ":scope > p, :scope > ul, :scope > ol, :scope > pre, :scope > blockquote, :scope > .table-scroll";
const HEADINGS = ":scope > h1[id], :scope > h2[id], :scope > h3[id]";

interface Place {
  path: string;
  heading: string;
  block: number;
}

export function currentPlace(): { heading: string; block: number } | null {
  const article = document.querySelector<HTMLElement>("main .article");
  if (!article) return null;
  const line = window.innerHeight / 3;
  const headings = [...article.querySelectorAll<HTMLElement>(HEADINGS)];
  const heading = headings.filter((h) => h.getBoundingClientRect().top < line).at(-1);
  if (!heading) return null;
  const blocks = blocksAfter(article, heading);
  const block = blocks.findIndex((b) => b.getBoundingClientRect().bottom > line);
  return { heading: heading.id, block: Math.max(0, block) };
}

/** Remembers the place for the page at `path` (the other language's address). */
export function carryPlace(path: string, place: { heading: string; block: number }): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path, ...place } satisfies Place));
  } catch {
    // Without storage the reader still lands on the heading (it is in the address).
  }
}

/** On arrival: scrolls to the carried block if this page is the one it was carried to. */
export function restoreCarriedPlace(): boolean {
  let place: Place | null;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Place | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return false;
  }
  if (!place || place.path !== window.location.pathname) return false;
  const article = document.querySelector<HTMLElement>("main .article");
  const heading = document.getElementById(place.heading);
  if (!article || !heading) return false;
  const blocks = blocksAfter(article, heading);
  const target = blocks[Math.min(place.block, blocks.length - 1)] ?? heading;
  // Put the block on the reading line, where it was in the other language.
  window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - window.innerHeight / 3 + 8);
  return true;
}

/** The content blocks between a heading and the next heading. */
function blocksAfter(article: HTMLElement, heading: HTMLElement): HTMLElement[] {
  const all = [...article.querySelectorAll<HTMLElement>(`${BLOCKS}, ${HEADINGS}`)];
  const start = all.indexOf(heading);
  const out: HTMLElement[] = [];
  for (const el of all.slice(start + 1)) {
    if (/^H[1-3]$/.test(el.tagName)) break;
    out.push(el);
  }
  return out;
}
