/** Heading ids: `## Title {#some-id .unnumbered}` → { id, unnumbered, title }, attribute removed. */
import type { Heading } from "mdast";
import { toString } from "mdast-util-to-string";
import { KEBAB_ID } from "./front-matter";
import { Problems, quote } from "./problems";

export interface HeadingInfo {
  id: string;
  depth: 2 | 3;
  title: string;
  unnumbered: boolean;
  node: Heading;
}

const ATTRIBUTES = /\s*\{([^{}]*)\}\s*$/;

export function readHeading(file: string, node: Heading, problems: Problems): HeadingInfo | null {
  const last = node.children.at(-1);
  const match = last?.type === "text" ? ATTRIBUTES.exec(last.value) : null;
  const found = `${"#".repeat(node.depth)} ${toString(node)}`;
  if (!last || last.type !== "text" || !match) {
    problems.add(file, node.position, `heading without an id: found ${quote(found)}, expected it to end with {#kebab-case-id}`);
    return null;
  }
  const parts = (match[1] ?? "").trim().split(/\s+/);
  const idPart = parts.find((p) => p.startsWith("#"));
  const id = idPart?.slice(1) ?? "";
  const others = parts.filter((p) => p !== idPart);
  if (!KEBAB_ID.test(id)) {
    problems.add(file, node.position, `heading id is not kebab-case: found ${quote(`{${match[1]}}`)}, expected {#kebab-case-id}`);
    return null;
  }
  const unknown = others.filter((p) => p !== ".unnumbered");
  if (unknown.length > 0) {
    problems.add(file, node.position, `unknown heading attribute ${quote(unknown.join(" "))}: expected only {#id} or {#id .unnumbered}`);
  }
  last.value = last.value.slice(0, match.index);
  if (last.value === "") node.children.pop();
  return { id, depth: node.depth as 2 | 3, title: toString(node).trim(), unnumbered: others.includes(".unnumbered"), node };
}
