/**
 * A note rendered from Markdown (react-markdown + GFM), loaded only where notes are shown. Raw HTML
 * in a note is dropped, not rendered; link addresses go through react-markdown's URL filter, which
 * empties `javascript:` and other unsafe schemes, and links open with no access to this page.
 */
import type { ComponentProps } from "react";
import Markdown from "react-markdown";
import remarkGfm from "remark-gfm";

export default function NoteMarkdown({ text, taskLabel }: { text: string; taskLabel: string }) {
  return (
    <div className="note-markdown">
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ node: _node, href, ...props }: ComponentProps<"a"> & { node?: unknown }) =>
            href ? <a {...props} href={href} rel="noopener noreferrer nofollow" target="_blank" /> : <span {...props} />,
          // GFM task-list boxes come without a label.
          input: ({ node: _node, ...props }: ComponentProps<"input"> & { node?: unknown }) => <input {...props} aria-label={taskLabel} />,
          img: ({ node: _node, alt }: ComponentProps<"img"> & { node?: unknown }) => <span>{alt ? `[${alt}]` : ""}</span>,
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
