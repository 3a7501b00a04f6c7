/** Stage 8: mdast → hast, with KaTeX rendered here so the browser ships no math engine. */
import type { Element, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Heading, RootContent } from "mdast";
import rehypeKatex from "rehype-katex";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { Lang } from "../shared/types";
import type { HeadingInfo } from "./headings";
import type { Problems } from "./problems";

const FOOTNOTE_LABELS: Record<Lang, { footnoteLabel: string; footnoteBackLabel: string }> = {
  en: { footnoteLabel: "Footnotes", footnoteBackLabel: "Back to text" },
  zh: { footnoteLabel: "脚注", footnoteBackLabel: "返回正文" },
};

export interface RenderInput {
  file: string;
  lang: Lang;
  nodes: RootContent[];
  /** Headings on this page, with the number to show (null: none). */
  headings: { info: HeadingInfo; number: string | null }[];
}

export function renderPage({ file, lang, nodes, headings }: RenderInput, problems: Problems): { hast: HastRoot; hasMath: boolean } {
  for (const { info, number } of headings) {
    const heading: Heading = info.node;
    heading.data = { ...heading.data, hProperties: { id: info.id, ...(number ? { dataNumber: number } : {}) } };
  }
  const processor = unified()
    .use(remarkRehype, { ...FOOTNOTE_LABELS[lang], clobberPrefix: `${lang}-` })
    .use(rehypeKatex, { strict: "ignore" });
  const vfile = new VFile({ path: file });
  const hast = processor.runSync({ type: "root", children: structuredClone(nodes) }, vfile) as HastRoot;
  // Formula errors were reported with their place by markdown-checks; anything else is new.
  for (const message of vfile.messages) {
    if (message.source !== "rehype-katex") problems.add(file, undefined, `rendering failed: ${message.reason}`);
  }
  let hasMath = false;
  visit(hast, (node, index, parent) => {
    delete node.position;
    if (node.type === "element" && isKatex(node) && parent && index !== undefined) {
      hasMath = true;
      parent.children[index] = packMath(node);
      return SKIP;
    }
  });
  return { hast, hasMath };
}

function isKatex(el: Element): boolean {
  const cls = el.properties.className;
  return Array.isArray(cls) && (cls.includes("katex") || cls.includes("katex-display"));
}

/**
 * A typeset formula becomes one element holding KaTeX's HTML as a string: as a hast tree it is
 * several times larger (every span an object), and the browser never needs to walk it.
 */
function packMath(el: Element): Element {
  const display = Array.isArray(el.properties.className) && el.properties.className.includes("katex-display");
  return {
    type: "element",
    tagName: "span",
    properties: { className: ["math", display ? "math-display" : "math-inline"], dataHtml: toHtml(el) },
    children: [],
  };
}
