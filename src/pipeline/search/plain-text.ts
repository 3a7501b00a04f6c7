/**
 * Markdown (mdast) → the plain text search indexes and quotes in snippets. Reads the parsed source,
 * not the rendered HTML: KaTeX output would add each formula twice (visual and MathML) as noise.
 * Formulas become a readable line of text (math-text.ts): "N_kv", never "N_{kv}" or "\frac".
 */
import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { mathText } from "./math-text";

const BLOCK = new Set(["paragraph", "heading", "list", "listItem", "table", "tableRow", "blockquote", "code", "footnoteDefinition"]);

export function plainText(nodes: readonly Nodes[]): string {
  const parts: string[] = [];
  for (const node of nodes) collect(node, parts);
  return parts
    .join("")
    .replace(/ · (?=\n|$)/g, "")
    .replace(/[ \t]*\n\s*/g, "\n")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function collect(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case "text":
    case "inlineCode":
      parts.push(node.value);
      return;
    case "code":
      parts.push(node.value, "\n");
      return;
    case "inlineMath":
      parts.push(mathText(node.value));
      return;
    case "math":
      parts.push("\n", mathText(node.value), "\n");
      return;
    // Raw HTML (an error anyway), images and footnote markers carry no prose.
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
    case "thematicBreak":
      return;
    case "break":
      parts.push("\n");
      return;
    case "tableCell":
      collectChildren(node, parts);
      parts.push(" · ");
      return;
    default:
      collectChildren(node, parts);
      if (BLOCK.has(node.type)) parts.push("\n");
  }
}

function collectChildren(node: Nodes, parts: string[]): void {
  if ("children" in node) for (const child of node.children) collect(child as Nodes, parts);
}

/**
 * Bold run-in heads: "**ChatGPT.** Released in November 2022…", "- **DeepSpeed** is…". The
 * content format uses them instead of fourth-level headings, so they name what a paragraph is
 * about; the index scores their words like a title's (score.ts), never as a title match.
 */
export function leadIns(nodes: readonly Nodes[]): string[] {
  const leads: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "paragraph") {
      const first = node.children[0];
      if (first?.type === "strong") leads.push(toString(first).replace(/[.:：。]\s*$/u, ""));
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const node of nodes) visit(node);
  return leads;
}
