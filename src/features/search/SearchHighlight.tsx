/** Marks the query terms of a search result on the page it opened. (Placeholder until the search feature lands.) */
export function SearchHighlight(_props: { ready: boolean }) {
  return null;
}
