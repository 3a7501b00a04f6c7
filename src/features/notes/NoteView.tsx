import { Suspense } from "react";
import { lazyWithPreload } from "../../shared/lazy-with-preload";

const NoteMarkdown = lazyWithPreload(() => import("./NoteMarkdown").then((m) => m.default));

/** A note, rendered once the Markdown renderer has loaded (its plain text until then). */
export function NoteView({ text, taskLabel }: { text: string; taskLabel: string }) {
  return (
    <Suspense fallback={<div className="note-markdown note-plain">{text}</div>}>
      <NoteMarkdown text={text} taskLabel={taskLabel} />
    </Suspense>
  );
}
