/**
 * A figure's state: a few named parameters, each with a type, a range and a default. The same
 * rules read a figure's attributes in the Markdown (where a bad value is a build error) and the
 * page's query string (where a bad value falls back to the default with a visible note), and write
 * a state back to a query string. Pure; no DOM.
 */

export type ParamSpec =
  | { kind: "number"; min: number; max: number; default: number; integer?: boolean }
  | { kind: "enum"; values: readonly string[]; default: string }
  | { kind: "bool"; default: boolean }
  /** A lower-case id (`llama-2-70b`); the figure itself checks it against its data. */
  | { kind: "slug"; default: string };

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValue = number | string | boolean;
export type FigureState = Record<string, ParamValue>;

/** Why a value was refused; `expected` is filled in by the reader's language (see text.ts). */
export type ValueProblemReason = "empty" | "not-a-number" | "not-an-integer" | "out-of-range" | "not-allowed" | "unknown-parameter";

export interface ValueProblem {
  key: string;
  raw: string;
  reason: ValueProblemReason;
}

export type Parsed = { ok: true; value: ParamValue } | { ok: false; reason: ValueProblemReason };

/** Plain decimal or scientific notation only: "7", "0.5", "-3", "1e23", "5.88E+23". */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseValue(spec: ParamSpec, raw: string): Parsed {
  const text = raw.trim();
  if (text === "") return { ok: false, reason: "empty" };
  switch (spec.kind) {
    case "number": {
      if (!NUMBER.test(text)) return { ok: false, reason: "not-a-number" };
      const value = Number(text);
      // 1e400 parses to Infinity: a number, just far out of range.
      if (!Number.isFinite(value) || value < spec.min || value > spec.max) return { ok: false, reason: "out-of-range" };
      if (spec.integer && !Number.isInteger(value)) return { ok: false, reason: "not-an-integer" };
      return { ok: true, value };
    }
    case "enum":
      return spec.values.includes(text) ? { ok: true, value: text } : { ok: false, reason: "not-allowed" };
    case "slug":
      return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text) ? { ok: true, value: text } : { ok: false, reason: "not-allowed" };
    case "bool":
      if (text === "1" || text === "true") return { ok: true, value: true };
      if (text === "0" || text === "false") return { ok: true, value: false };
      return { ok: false, reason: "not-allowed" };
  }
}

export function defaultsOf(specs: ParamSpecs): FigureState {
  return Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, spec.default]));
}

/**
 * `base` overlaid with every valid entry; invalid ones are reported and leave the base value.
 * Unknown keys are reported only when `strict` (the Markdown attributes); a page's query string
 * may carry other things.
 */
export function readState(
  specs: ParamSpecs,
  entries: Iterable<[string, string]>,
  base: FigureState,
  { strict = false }: { strict?: boolean } = {},
): { state: FigureState; problems: ValueProblem[] } {
  const state = { ...base };
  const problems: ValueProblem[] = [];
  for (const [key, raw] of entries) {
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) {
      if (strict) problems.push({ key, raw, reason: "unknown-parameter" });
      continue;
    }
    const parsed = parseValue(spec, raw);
    if (parsed.ok) state[key] = parsed.value;
    else problems.push({ key, raw, reason: parsed.reason });
  }
  return { state, problems };
}

/** A value as it appears in an address: shortest round-tripping form, booleans as 1/0. */
export function formatParam(value: ParamValue): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") {
    // Large and tiny numbers in exponent form (1e+23 → 1e23), others as written.
    const text = Math.abs(value) >= 1e6 || (value !== 0 && Math.abs(value) < 1e-3) ? value.toExponential() : String(value);
    return text.replace("e+", "e");
  }
  return value;
}

/**
 * The query string for `state`: only the parameters that differ from `defaults`, in the specs'
 * order, other parameters of `current` kept as they were (a search highlight, say).
 */
export function writeQuery(specs: ParamSpecs, state: FigureState, defaults: FigureState, current = ""): string {
  const params = new URLSearchParams(current);
  for (const key of Object.keys(specs)) {
    params.delete(key);
    const value = state[key];
    if (value !== undefined && value !== defaults[key]) params.set(key, formatParam(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
