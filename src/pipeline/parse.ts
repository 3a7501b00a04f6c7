/** Stage 1: Markdown source → mdast plus its front matter, with YAML positions mapped to the file. */
import type { Parent, Root, RootContent, Text, Yaml } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Place } from "./problems";
import { Problems } from "./problems";

// Directives: `::figure{name=…}` places a figure (see figures.ts).
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkMath).use(remarkDirective);

export interface FrontMatter {
  /** Plain values, as YAML gives them. */
  data: Record<string, unknown>;
  /** Where each top-level key's value (or `key.i` list item) starts in the file. */
  placeOf: (key: string) => Place;
  /** Where a top-level key itself starts. */
  keyPlaceOf: (key: string) => Place;
  /** Where the front matter block starts. */
  start: Place;
}

export interface ParsedFile {
  /** Path relative to the project, as printed in problems. */
  file: string;
  source: string;
  tree: Root;
  frontMatter: FrontMatter | null;
  /** The document's nodes without the front matter. */
  body: RootContent[];
}

export function parseMarkdown(file: string, source: string, problems: Problems): ParsedFile {
  const tree = parser.parse(source);
  restoreTextDirectives(tree, source);
  const yamlNode = tree.children.find((n): n is Yaml => n.type === "yaml");
  const frontMatter = yamlNode ? readFrontMatter(file, yamlNode, problems) : null;
  if (!yamlNode) {
    problems.add(file, { line: 1, column: 1 }, "missing front matter: expected the file to start with a --- YAML block ---");
  }
  return { file, source, tree, frontMatter, body: tree.children.filter((n) => n.type !== "yaml") };
}

function readFrontMatter(file: string, node: Yaml, problems: Problems): FrontMatter | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  // The YAML text starts on the line after the opening ---.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const toFile = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const start = { line: node.position?.start.line ?? 1, column: 1 };
  for (const error of doc.errors) {
    problems.add(file, toFile(error.pos[0]), `invalid YAML in front matter: ${error.message.split("\n")[0]}`);
  }
  if (doc.errors.length > 0) return null;
  const contents = doc.contents;
  if (!isMap(contents)) {
    problems.add(file, start, "front matter is not a map of fields: expected lines such as `title: …`");
    return null;
  }
  const places = new Map<string, Place>();
  const keyPlaces = new Map<string, Place>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const keyRange = (pair.key as YamlNode | null)?.range;
    if (keyRange) keyPlaces.set(key, toFile(keyRange[0]));
    const value = pair.value as YamlNode | null;
    const range = value?.range ?? (pair.key as YamlNode | null)?.range;
    if (range) places.set(key, toFile(range[0]));
    // Flow sequences (`[a, b]`) report their own range; keep item places for per-item errors.
    if (isSeq(value)) {
      value.items.forEach((item, i) => {
        const r = (item as YamlNode).range;
        if (r) places.set(`${key}.${i}`, toFile(r[0]));
      });
    }
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  return {
    data,
    start,
    placeOf: (key) => places.get(key) ?? places.get(key.split(".")[0] ?? "") ?? start,
    keyPlaceOf: (key) => keyPlaces.get(key) ?? start,
  };
}

/**
 * The directive syntax also reads `:name` inside running text as a (text) directive, so "N:M" or
 * "2:4" would lose their colon. The book uses only block directives (`::figure`): every text
 * directive is put back as the text it was written as, and merged with the text around it.
 */
function restoreTextDirectives(node: Root | Parent, source: string): void {
  if (!("children" in node)) return;
  const children: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    const replaced: RootContent =
      child.type === "textDirective"
        ? { type: "text", value: source.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0), position: child.position }
        : child;
    const previous = children.at(-1);
    if (replaced.type === "text" && previous?.type === "text") {
      children[children.length - 1] = mergeText(previous, replaced);
      continue;
    }
    if ("children" in replaced) restoreTextDirectives(replaced, source);
    children.push(replaced);
  }
  (node as Parent).children = children;
}

function mergeText(a: Text, b: Text): Text {
  const position = a.position && b.position ? { start: a.position.start, end: b.position.end } : undefined;
  return { type: "text", value: a.value + b.value, ...(position ? { position } : {}) };
}
