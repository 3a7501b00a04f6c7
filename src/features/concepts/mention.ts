/**
 * "Discussed in" links land on the mentioning sentence, not just its section: the link carries
 * which link to the concept on that page it is (`?mention=lora.2`, counted by the build in page
 * order), and MentionHighlight finds that link there, scrolls its sentence into view and marks it.
 */
export const MENTION_PARAM = "mention";

export function mentionHref(href: string, conceptId: string, occurrence: number): string {
  const [path = "", hash] = href.split("#");
  return `${path}?${MENTION_PARAM}=${encodeURIComponent(`${conceptId}.${occurrence}`)}${hash ? `#${hash}` : ""}`;
}

export function parseMention(value: string | null): { conceptId: string; occurrence: number } | null {
  const match = value ? /^(.+)\.(\d+)$/.exec(value) : null;
  return match ? { conceptId: match[1]!, occurrence: Number(match[2]) } : null;
}

/** The sentence around `offset` in `text`, by the same rules the build cuts context sentences. */
export function sentenceAround(text: string, offset: number, lang: string): [number, number] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  for (const { index, segment } of segmenter.segment(text)) {
    if (offset < index + segment.length) return [index, index + segment.trimEnd().length];
  }
  return [0, text.length];
}
