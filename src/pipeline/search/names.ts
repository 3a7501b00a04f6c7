/** A document's other names, without its title or repeats (case-insensitive), trimmed. */
export function distinctNames(title: string, names: (string | undefined)[]): string[] {
  const seen = new Set([title.toLowerCase()]);
  const result: string[] = [];
  for (const name of names) {
    const key = name?.trim().toLowerCase();
    if (!name || !key || seen.has(key)) continue;
    seen.add(key);
    result.push(name.trim());
  }
  return result;
}
