/**
 * The figures' scales: linear and base-10 logarithmic maps from a domain to pixels, with tick
 * values. The figures need nothing more (no time scale, no interpolation of colours), so a few
 * dozen lines replace d3-scale, d3-array, d3-format and d3-interpolate. Pure.
 */

export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks: (count?: number) => number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const scale = (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
  return Object.assign(scale, { domain, range, ticks: (count = 5) => linearTicks(d0, d1, count) });
}

/** Round steps (1, 2, 5 × 10ⁿ) covering [a, b], about `count` of them. */
export function linearTicks(a: number, b: number, count = 5): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || count < 1) return [];
  if (lo === hi) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = Math.ceil(lo / step); i * step <= hi + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0 || 1;
  const scale = (value: number) => r0 + ((Math.log10(Math.max(value, Number.MIN_VALUE)) - l0) / span) * (r1 - r0);
  return Object.assign(scale, { domain, range, ticks: (count = 6) => logTicks(d0, d1, count) });
}

/** Powers of ten within [a, b], every k-th so that at most about `count` remain. */
export function logTicks(a: number, b: number, count = 6): number[] {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const every = Math.max(1, Math.ceil((last - first + 1) / count));
  const ticks: number[] = [];
  // Number("1e26"), not 10 ** 26 (which is 9.999999999999999e25 here).
  for (let e = first; e <= last; e += every) ticks.push(Number(`1e${e}`));
  return ticks;
}

/** Evenly spaced values on a log scale, for drawing a curve. */
export function logSpace(a: number, b: number, n: number): number[] {
  const la = Math.log10(a);
  const lb = Math.log10(b);
  return Array.from({ length: n }, (_, i) => 10 ** (la + ((lb - la) * i) / Math.max(1, n - 1)));
}

/** An SVG path through points, skipping any that are not finite. */
export function linePath(points: readonly (readonly [number, number])[]): string {
  let path = "";
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    path += `${pen ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = true;
  }
  return path;
}

export const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));
