/**
 * A compact wire form of FlexSearch's export. The export is JSON: for every term, its score slots,
 * each a list of document ids. Written as numbers, ids are most of the bytes; here each slot's ids
 * become one string of small gaps (ids are added in order, so gaps are mostly 1 character), and
 * terms are sorted and front-coded — each written as how much it shares with the term before it
 * plus the rest ("model", "4s" for "models"; 模型, "1式" for 模式), which halves the terms'
 * gzipped size again (most terms are prefixes of Latin words and Han pairs sharing a first
 * character). `unpack` restores exactly what `Index.export` produced, for `Index.import`.
 */
/** The term → slots part of the export ("map"); other parts ("reg", …) pass through as they are. */
type MapEntries = [string, (number[] | null | undefined)[]][];

export interface PackedIndex {
  /** Export parts other than the term map, unchanged. */
  parts: [string, unknown][];
  /** Terms, sorted and front-coded (see `frontCode`), one per map entry, joined with "\n". */
  terms: string;
  /** Per term: its slots' id lists, packed, joined with ","; terms joined with "\n". */
  postings: string;
}

// Base-32 digits: the last digit of a number comes from FINAL, earlier digits from MORE, so numbers
// need no separators. All 64 characters are JSON-safe.
const FINAL = "0123456789abcdefghijklmnopqrstuv";
const MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

export function pack(exported: [string, unknown][]): PackedIndex {
  const parts: [string, unknown][] = [];
  const entries: MapEntries = [];
  for (const [key, data] of exported) {
    if (partName(key) === "map") entries.push(...(data as MapEntries));
    else parts.push([key, data]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    parts,
    terms: frontCode(entries.map(([term]) => term)).join("\n"),
    postings: entries.map(([, slots]) => slots.map((ids) => (ids ? packIds(ids) : "")).join(",")).join("\n"),
  };
}

export function unpack(packed: PackedIndex): [string, unknown][] {
  const terms = packed.terms ? frontDecode(packed.terms.split("\n")) : [];
  const postings = packed.postings.split("\n");
  const entries: MapEntries = terms.map((term, i) => [term, unpackSlots(postings[i] ?? "")]);
  return [...packed.parts, ["map", entries]];
}

/**
 * Each term as the number of code points it shares with the one before (one base-36 digit, so at
 * most 35) followed by the code points that differ. Terms hold no newline (the encoder splits on it).
 */
export function frontCode(terms: readonly string[]): string[] {
  let previous: string[] = [];
  return terms.map((term) => {
    const chars = Array.from(term);
    let shared = 0;
    while (shared < 35 && shared < previous.length && shared < chars.length && previous[shared] === chars[shared]) shared++;
    previous = chars;
    return shared.toString(36) + chars.slice(shared).join("");
  });
}

export function frontDecode(coded: readonly string[]): string[] {
  let previous: string[] = [];
  return coded.map((entry) => {
    const chars = [...previous.slice(0, parseInt(entry.charAt(0), 36)), ...Array.from(entry.slice(1))];
    previous = chars;
    return chars.join("");
  });
}

/** "1.map" → "map": FlexSearch numbers the chunks of a large export. */
function partName(key: string): string {
  return key.split(".").at(-1) ?? key;
}

export function packIds(ids: readonly number[]): string {
  let out = "";
  let previous = -1;
  for (const id of ids) {
    // Zig-zag, so an id smaller than the one before (never produced today) still round-trips.
    const gap = id - previous - 1;
    out += packNumber(gap >= 0 ? gap * 2 : -gap * 2 - 1);
    previous = id;
  }
  return out;
}

export function unpackIds(text: string): number[] {
  return unpackSlots(text)[0] ?? [];
}

/** Digit values by character code: FINAL digits 0–31, MORE digits 32–63, anything else -1. */
const DIGITS = (() => {
  const digits = new Int8Array(128).fill(-1);
  for (let i = 0; i < 32; i++) {
    digits[FINAL.charCodeAt(i)] = i;
    digits[MORE.charCodeAt(i)] = 32 + i;
  }
  return digits;
})();
const COMMA = 44;

/** "slot,slot,…" → id lists (null for an empty slot). One pass, no intermediate strings: loading is on the reader's clock. */
function unpackSlots(text: string): (number[] | null)[] {
  const slots: (number[] | null)[] = [];
  let ids: number[] = [];
  let previous = -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === COMMA) {
      slots.push(ids.length > 0 ? ids : null);
      ids = [];
      previous = -1;
      value = 0;
      continue;
    }
    const digit = code < 128 ? DIGITS[code]! : -1;
    if (digit >= 32) {
      value = value * 32 + (digit - 32);
      continue;
    }
    const zigzag = value * 32 + Math.max(0, digit);
    previous += 1 + (zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
    ids.push(previous);
    value = 0;
  }
  slots.push(ids.length > 0 ? ids : null);
  return slots;
}

function packNumber(value: number): string {
  let out = FINAL[value % 32]!;
  for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32)) out = MORE[rest % 32]! + out;
  return out;
}
