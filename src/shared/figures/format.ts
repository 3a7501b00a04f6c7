/**
 * Number formats the figures share: never "NaN" or "Infinity" on screen. The prerender (Node) and
 * the browser may compute a value a last bit apart (their Math.pow and Math.log differ), and the
 * page must read the same in both: values are first cut to 12 significant digits, and rounding
 * uses toPrecision/toExponential (exactly specified) on the value itself, never a division by a
 * computed power of ten.
 */

const SUPERSCRIPT: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** Up to `digits` significant digits, trailing zeros dropped: 107.2, 0.05, 13.4. */
const stable = (value: number): number => Number(value.toPrecision(12));

export function round(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "—";
  if (value === 0) return "0";
  const text = Number(stable(value).toPrecision(digits)).toString();
  return text.includes("e") ? scientific(value, digits) : text;
}

/** 5.9 × 10²³ */
export function scientific(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "—";
  if (value === 0) return "0";
  const [mantissa = "", exponent = "0"] = stable(value).toExponential(Math.max(0, digits - 1)).split("e");
  const m = Number(mantissa);
  const power = `10${String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  return m === 1 ? power : `${m} × ${power}`;
}

/** Counts with a suffix: 6.7B, 1.4T, 175B, 52K. */
export function compact(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  for (const [size, suffix] of [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]] as const) {
    if (abs >= size) {
      const scaled = stable(value / size);
      return scaled >= 1000 ? `${round(value / 1e12, digits)}T` : `${round(scaled, digits)}${suffix}`;
    }
  }
  return round(value, digits);
}

/** Bytes in decimal units, as the chapters quote them: 107 GB, 0.5 MB, 2.1 TB. */
export function bytes(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  for (const [size, unit] of [[1e12, "TB"], [1e9, "GB"], [1e6, "MB"], [1e3, "KB"]] as const) {
    if (abs >= size) return `${round(value / size, digits)} ${unit}`;
  }
  return `${round(value, digits)} B`;
}

/** 42 % */
export function percent(value: number, digits = 2): string {
  return Number.isFinite(value) ? `${round(value * 100, digits)} %` : "—";
}
