/** Stage 3: rules on the Markdown itself — no raw HTML, math closed, heading levels in order. */
import type { Heading, Root, RootContent, Text } from "mdast";
import katex from "katex";
import { visit } from "unist-util-visit";
import { type PositionLike, Problems, quote } from "./problems";

const DISPLAY_UNCLOSED = "unterminated math: found an opening $$ with no closing $$, expected $$ on its own line after the formula";

export function checkMarkdown(file: string, source: string, body: RootContent[], problems: Problems): void {
  const root: Root = { type: "root", children: body };
  visit(root, (node) => {
    if (node.type === "html") {
      problems.add(file, node.position, `raw HTML is not allowed: found ${quote(node.value)}, expected Markdown only`);
    } else if (node.type === "text") {
      checkStrayDollar(file, source, node, problems);
    } else if (node.type === "math" && !/\$\$\s*$/.test(slice(source, node))) {
      problems.add(file, node.position, DISPLAY_UNCLOSED);
    } else if (node.type === "math" || node.type === "inlineMath") {
      checkFormula(file, node.value, node.type === "math", node.position, problems);
    }
  });
  checkHeadingLevels(file, body, problems);
}

/**
 * KaTeX is run here as well as when rendering, because only here do formulas still carry their
 * place in the file (the renderer's own messages lose it).
 */
function checkFormula(file: string, tex: string, displayMode: boolean, at: PositionLike | undefined, problems: Problems): void {
  try {
    katex.renderToString(tex, { displayMode, throwOnError: true, strict: "ignore" });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^KaTeX parse error: /, "") : String(error);
    problems.add(file, at, `math does not render: found ${quote(tex)}, KaTeX says: ${reason}`);
  }
}

function slice(source: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  return source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** remark-math leaves an unclosed `$` as plain text; an escaped `\$` is fine. */
function checkStrayDollar(file: string, source: string, node: Text, problems: Problems): void {
  const raw = slice(source, node);
  const match = /(?<!\\)\$/.exec(raw);
  if (!match || !node.position) return;
  const before = raw.slice(0, match.index);
  const lines = before.split("\n");
  const line = node.position.start.line + lines.length - 1;
  const column = lines.length === 1 ? node.position.start.column + before.length : (lines.at(-1)?.length ?? 0) + 1;
  const context = raw.slice(match.index, match.index + 30);
  const message = context.startsWith("$$")
    ? DISPLAY_UNCLOSED
    : `unterminated math: found ${quote(context)}, expected a closing $ (write \\$ for a literal dollar sign)`;
  problems.add(file, { line, column }, message);
}

function checkHeadingLevels(file: string, body: RootContent[], problems: Problems): void {
  let seenSection = false;
  for (const node of body) {
    if (node.type !== "heading") continue;
    const h: Heading = node;
    if (h.depth === 1) {
      problems.add(file, h.position, "level-1 heading (#): expected ## or ### — the title comes from the front matter");
    } else if (h.depth > 3) {
      problems.add(file, h.position, `heading level skipped or too deep: found ${"#".repeat(h.depth)}, expected ## or ### (use a bold lead-in for run-in heads)`);
    } else if (h.depth === 3 && !seenSection) {
      problems.add(file, h.position, "heading level skipped: found ### before any ##, expected a ## section first");
    }
    if (h.depth === 2) seenSection = true;
  }
}
