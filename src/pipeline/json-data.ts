/**
 * JSON data files (references, models, datasets, benchmarks) parsed with the place of every value,
 * so a mistake is reported at file:line:column like a Markdown one. JSON is YAML, and the YAML
 * parser keeps source ranges.
 */
import { isMap, isSeq, LineCounter, type Node as YamlNode, parseDocument } from "yaml";
import type { Place, Problems } from "./problems";

export interface JsonEntry {
  value: Record<string, unknown>;
  /** Where the entry starts. */
  start: Place;
  /** Where a field's value starts (the entry's start if the field is missing). */
  placeOf: (key: string, index?: number) => Place;
}

/** The file's entries, or [] after reporting why it is not a JSON array of objects. */
export function readJsonEntries(file: string, source: string, problems: Problems): JsonEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.add(file, at(error.pos[0]), `invalid JSON: ${error.message.split("\n")[0]}`);
    return [];
  }
  const root = doc.contents;
  if (!isSeq(root)) {
    problems.add(file, at(root?.range?.[0] ?? 0), "found something other than a list: expected a JSON array of entries [ {…}, … ]");
    return [];
  }
  const entries: JsonEntry[] = [];
  for (const item of root.items) {
    const node = item as YamlNode;
    const start = at(node.range?.[0] ?? 0);
    if (!isMap(node)) {
      problems.add(file, start, "found an entry that is not an object: expected { \"id\": …, … }");
      continue;
    }
    const placeOf = (key: string, index?: number): Place => {
      const value = node.get(key, true) as YamlNode | undefined;
      const inner = index !== undefined && isSeq(value) ? (value.items[index] as YamlNode | undefined) : value;
      return inner?.range ? at(inner.range[0]) : start;
    };
    entries.push({ value: (node.toJS(doc) ?? {}) as Record<string, unknown>, start, placeOf });
  }
  return entries;
}
