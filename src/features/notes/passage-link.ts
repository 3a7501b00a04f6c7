/**
 * A link to a passage: the page's address with `#passage:q=…&p=…&s=…&at=…` (our own fragment, which
 * the reader anchors like a highlight, scrolls to and marks) followed by a standard text fragment
 * `:~:text=start,end`, which browsers that support it use even before the page's scripts run.
 * Browsers strip the `:~:` part from location.hash; others keep it and it is cut off here.
 */
import type { TextTarget } from "./model";

const PREFIX = "#passage:";

export function passageHash(target: TextTarget): string {
  const params = new URLSearchParams({
    q: target.quote.exact,
    p: target.quote.prefix,
    s: target.quote.suffix,
    at: String(target.position.start),
  });
  return `${PREFIX}${params.toString()}:~:text=${textDirective(target.quote.exact)}`;
}

export function isPassageHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

export function parsePassageHash(hash: string): TextTarget | null {
  if (!isPassageHash(hash)) return null;
  const params = new URLSearchParams(hash.slice(PREFIX.length).split(":~:")[0]);
  const exact = params.get("q");
  const start = Number(params.get("at"));
  if (!exact || !Number.isInteger(start) || start < 0) return null;
  return {
    quote: { type: "TextQuoteSelector", exact, prefix: params.get("p") ?? "", suffix: params.get("s") ?? "" },
    position: { type: "TextPositionSelector", start, end: start + exact.length },
  };
}

/** `text=` of a text fragment: the whole quote if short, else its first and last few words. */
export function textDirective(quote: string): string {
  const text = quote.replace(/\s+/g, " ").trim();
  const encode = (s: string) => encodeURIComponent(s).replaceAll("-", "%2D");
  if (text.length <= 60) return encode(text);
  const words = text.split(" ");
  // Chinese has no spaces between words: cut by characters instead.
  if (words.length < 8) return `${encode(text.slice(0, 12))},${encode(text.slice(-12))}`;
  return `${encode(words.slice(0, 4).join(" "))},${encode(words.slice(-4).join(" "))}`;
}
