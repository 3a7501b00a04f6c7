/**
 * The model timeline's data: the 56 models of the survey's model table (shared/data/llm-models.json:
 * name, release month of the paper, size, access), extended with the organisation that released
 * each (its paper's lead affiliation as commonly given — not each re-checked against the paper;
 * null where unsure), pre-training tokens where the survey's table gives them (survey-facts §4a),
 * and the section of this book that discusses the model (checked by a unit test).
 */
import data from "./llm-models.json";

export interface TimelineModel {
  name: string;
  /** "2023-02": the month the model's paper came out. */
  released: string;
  /** Billions of parameters; null where undisclosed. */
  params_b: number | null;
  access: "open" | "closed";
  org: string | null;
  /** Billions of pre-training tokens, where the survey's table gives them. */
  tokens_b: number | null;
  /** A section id of this book that discusses the model. */
  section: string | null;
}

export const MODELS: readonly TimelineModel[] = data as TimelineModel[];

/** Decimal year of a "YYYY-MM" month, at the middle of the month. */
export function monthValue(released: string): number {
  const [year = "0", month = "1"] = released.split("-");
  return Number(year) + (Number(month) - 0.5) / 12;
}

/** Organisations with a model in the list, most models first, then by name. */
export function organisations(models: readonly TimelineModel[] = MODELS): string[] {
  const counts = new Map<string, number>();
  for (const m of models) if (m.org) counts.set(m.org, (counts.get(m.org) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([org]) => org);
}

export type AccessFilter = "all" | "open" | "closed";

/** `org` is an organisation's slug, or "all". */
export function filterModels(models: readonly TimelineModel[], access: AccessFilter, org: string): TimelineModel[] {
  return models.filter((m) => (access === "all" || m.access === access) && (org === "all" || (m.org !== null && modelSlug(m.org) === org)));
}

/** A model's id in an address: lower case, runs of other characters as one dash. */
export function modelSlug(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/α/g, "alpha")
    .replace(/[σς]/g, "sigma")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
