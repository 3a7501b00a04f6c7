/** Following a link to a passage (#passage:…) or a heading: scroll it into view and mark it. */
import { anchorSpan } from "./anchoring";
import { indexText, spanToRange } from "./dom-text";
import { flash } from "./paint";
import { parsePassageHash } from "./passage-link";

export function revealLinkedPlace(article: HTMLElement, hash: string): void {
  const target = parsePassageHash(hash);
  if (target) {
    const index = indexText(article);
    const span = anchorSpan(index.text, target);
    const range = span && spanToRange(index, span.start, span.end);
    if (!range) return;
    // A third of the way down the window, below the sticky header.
    window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 3);
    flash(range);
    return;
  }
  const id = decodeURIComponent(hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  if (heading && /^H[1-3]$/.test(heading.tagName) && article.contains(heading)) {
    const range = document.createRange();
    range.selectNodeContents(heading);
    flash(range);
  }
}
