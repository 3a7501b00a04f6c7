/** Two copies of per-page marks meet key by key; the later mark wins, so an "unread" is kept too. */
export function mergeLatest<T extends { at: number }>(mine: Record<string, T>, incoming: Record<string, T>): Record<string, T> {
  const out = { ...mine };
  for (const [key, value] of Object.entries(incoming)) {
    const own = out[key];
    if (!own || value.at > own.at) out[key] = value;
  }
  return out;
}
