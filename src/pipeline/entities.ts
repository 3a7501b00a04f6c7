/**
 * Stage 0b: content/models.json, datasets.json, benchmarks.json — the named resources the book
 * discusses. One file per kind; each entry has the same id and facts in both languages and its
 * names and descriptions per language (`en`, `zh` blocks). Facts are optional: a fact nobody has
 * verified is left out, never guessed.
 */
import { type EntityKind, LANGS, type Lang } from "../shared/types";
import { type JsonEntry, readJsonEntries } from "./json-data";
import { type Place, Problems, quote } from "./problems";

export interface EntityText {
  name: string;
  description: string;
  /** Free-text facts in this language (organisation, size, language, measures, tasks, metric). */
  facts: Partial<Record<LocalFact, string>>;
}

export interface EntityRecord {
  kind: EntityKind;
  id: string;
  file: string;
  place: Place;
  /** Exact names the build links in the chapters (first mention per section), both languages. */
  aliases: string[];
  paper: string | null;
  released: string | null;
  paramsB: number | null;
  access: "open" | "closed" | null;
  tokens: string | null;
  datasetKind: "pre-training" | "instruction" | "preference" | null;
  text: Record<Lang, EntityText>;
}

const LOCAL_FACTS = ["organisation", "size", "language", "measures", "tasks", "metric"] as const;
type LocalFact = (typeof LOCAL_FACTS)[number];
const SHARED_FIELDS = ["id", "aliases", "paper", "released", "params_b", "access", "tokens", "kind", ...LANGS];
const TEXT_FIELDS = ["name", "description", ...LOCAL_FACTS];
const RELEASED = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function readEntities(kind: EntityKind, file: string, source: string, knownPapers: Set<string>, problems: Problems): EntityRecord[] {
  const seen = new Map<string, Place>();
  const records: EntityRecord[] = [];
  for (const entry of readJsonEntries(file, source, problems)) {
    const record = readEntity(kind, file, entry, knownPapers, problems);
    if (!record) continue;
    const earlier = seen.get(record.id);
    if (earlier) {
      problems.add(file, entry.placeOf("id"), `duplicate ${kind} id "${record.id}": expected ids to be unique, already used at ${file}:${earlier.line}:${earlier.column}`);
      continue;
    }
    seen.set(record.id, record.place);
    records.push(record);
  }
  return records;
}

function readEntity(kind: EntityKind, file: string, { value, start, placeOf }: JsonEntry, knownPapers: Set<string>, problems: Problems): EntityRecord | null {
  const fail = (key: string, message: string, index?: number) => problems.add(file, placeOf(key, index), message);
  const id = typeof value.id === "string" ? value.id : "";
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    fail("id", `${kind} id ${quote(String(value.id ?? "nothing"))}: expected a kebab-case id such as "llama-2"`);
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!SHARED_FIELDS.includes(key)) fail(key, `unknown field ${quote(key)} in ${kind} "${id}": expected one of ${SHARED_FIELDS.join(", ")}`);
  }
  const aliases = Array.isArray(value.aliases) ? value.aliases : [];
  aliases.forEach((alias, i) => {
    if (typeof alias !== "string" || !alias.trim()) fail("aliases", `alias of ${kind} "${id}": found ${JSON.stringify(alias)}, expected a non-empty name`, i);
  });
  const paper = typeof value.paper === "string" ? value.paper : null;
  if (paper !== null && !knownPapers.has(paper)) fail("paper", `unknown paper ${quote(paper)} for ${kind} "${id}": expected an id defined in content/references.json`);
  const released = value.released ?? null;
  if (released !== null && !(typeof released === "string" && RELEASED.test(released))) {
    fail("released", `malformed release date of ${kind} "${id}": found ${JSON.stringify(released)}, expected "YYYY" or "YYYY-MM", or null`);
  }
  const params = value.params_b ?? null;
  if (params !== null && !(typeof params === "number" && params > 0)) fail("params_b", `parameters of ${kind} "${id}": found ${JSON.stringify(params)}, expected a number of billions, or null`);
  const access = value.access ?? null;
  if (access !== null && access !== "open" && access !== "closed") fail("access", `access of ${kind} "${id}": found ${JSON.stringify(access)}, expected "open" or "closed"`);
  const datasetKind = value.kind ?? null;
  if (datasetKind !== null && !["pre-training", "instruction", "preference"].includes(datasetKind as string)) {
    fail("kind", `kind of dataset "${id}": found ${JSON.stringify(datasetKind)}, expected "pre-training", "instruction" or "preference"`);
  }
  const text = {} as Record<Lang, EntityText>;
  for (const lang of LANGS) {
    const block = value[lang];
    if (!block || typeof block !== "object") {
      problems.add(file, start, `${kind} "${id}" has no ${lang} text: expected a "${lang}" block with its name and description (every entity is in both languages)`);
      return null;
    }
    text[lang] = readText(kind, id, lang, block as Record<string, unknown>, file, placeOf(lang), problems);
  }
  return {
    kind,
    id,
    file,
    place: start,
    aliases: aliases.filter((a): a is string => typeof a === "string" && a.trim() !== ""),
    paper,
    released: typeof released === "string" && RELEASED.test(released) ? released : null,
    paramsB: typeof params === "number" && params > 0 ? params : null,
    access: access === "open" || access === "closed" ? access : null,
    tokens: typeof value.tokens === "string" ? value.tokens : null,
    datasetKind: (["pre-training", "instruction", "preference"].includes(datasetKind as string) ? datasetKind : null) as EntityRecord["datasetKind"],
    text,
  };
}

function readText(kind: EntityKind, id: string, lang: Lang, block: Record<string, unknown>, file: string, at: Place, problems: Problems): EntityText {
  for (const key of Object.keys(block)) {
    if (!TEXT_FIELDS.includes(key)) problems.add(file, at, `unknown field ${quote(key)} in the ${lang} text of ${kind} "${id}": expected one of ${TEXT_FIELDS.join(", ")}`);
  }
  const field = (key: string) => (typeof block[key] === "string" ? (block[key] as string).trim() : "");
  for (const key of ["name", "description"]) {
    if (!field(key)) problems.add(file, at, `${kind} "${id}" has no ${lang} ${key}: expected "${key}": "…" in its "${lang}" block`);
  }
  const facts: EntityText["facts"] = {};
  for (const key of LOCAL_FACTS) if (field(key)) facts[key] = field(key);
  return { name: field("name") || id, description: field("description"), facts };
}

/** Two entities may not share a name the build links: a mention must point at one thing. */
export function checkAliases(records: EntityRecord[], problems: Problems): void {
  const owners = new Map<string, EntityRecord>();
  for (const record of records) {
    record.aliases.forEach((alias, i) => {
      const owner = owners.get(alias);
      if (owner && owner !== record) {
        problems.add(record.file, record.place, `alias "${alias}" of ${record.kind} "${record.id}" is already an alias of ${owner.kind} "${owner.id}" (alias ${i + 1}): expected each linked name to belong to one entity`);
      } else owners.set(alias, record);
    });
  }
}
