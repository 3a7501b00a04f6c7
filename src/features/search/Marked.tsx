import type { TextPart } from "../../shared/search/snippet";

/** Text with the query's terms in <mark> (parts come from our highlighter, never from HTML). */
export function Marked({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
