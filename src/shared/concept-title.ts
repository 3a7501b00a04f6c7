/** "Low-Rank Adaptation (LoRA)"; the short name is left out when the title already says it. */
export function titleWithShort(title: string, short: string | null | undefined): string {
  if (!short || title === short || title.includes(`(${short})`) || title.split(/[^\p{L}\p{N}]+/u).includes(short)) return title;
  return `${title} (${short})`;
}
