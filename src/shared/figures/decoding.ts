/**
 * Sampling-based decoding (chapter 4.2.4): temperature, then top-k, then top-p (nucleus), applied to
 * one next-token distribution, as libraries such as Transformers chain them.
 */

export interface TokenProb {
  /** Token text in each language. */
  token: { en: string; zh: string };
  p: number;
}

/**
 * The chapter's example after "I poured myself a cup of": tea 0.45, coffee 0.30, water 0.10. The
 * rest of the mass (0.15), "tiny probabilities to thousands of other words" in the chapter, is
 * shown as five illustrative tail tokens of our own.
 */
export const CUP_OF: readonly TokenProb[] = [
  { token: { en: "tea", zh: "茶" }, p: 0.45 },
  { token: { en: "coffee", zh: "咖啡" }, p: 0.3 },
  { token: { en: "water", zh: "水" }, p: 0.1 },
  { token: { en: "milk", zh: "牛奶" }, p: 0.06 },
  { token: { en: "cocoa", zh: "可可" }, p: 0.04 },
  { token: { en: "soup", zh: "汤" }, p: 0.03 },
  { token: { en: "juice", zh: "果汁" }, p: 0.015 },
  { token: { en: "sand", zh: "沙子" }, p: 0.005 },
];

/** Below this temperature the distribution is treated as t → 0: all mass on the most likely token. */
export const GREEDY_T = 0.01;

/**
 * softmax(l/t) with logits l = ln p, computed as p^(1/t) normalised (in log space, so t near 0 does
 * not overflow). t = 1 leaves p unchanged; t → 0 approaches greedy search; t → ∞ uniform sampling.
 */
export function applyTemperature(probs: readonly number[], t: number): number[] {
  if (probs.length === 0) return [];
  const safe = probs.map((p) => (Number.isFinite(p) && p > 0 ? p : 0));
  if (!(t >= GREEDY_T)) {
    const best = argmax(safe);
    return safe.map((_, i) => (i === best ? 1 : 0));
  }
  const logs = safe.map((p) => (p > 0 ? Math.log(p) / t : Number.NEGATIVE_INFINITY));
  const max = Math.max(...logs);
  if (!Number.isFinite(max)) return safe.map(() => 1 / safe.length);
  const exps = logs.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function argmax(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v > (values[best] ?? Number.NEGATIVE_INFINITY)) best = i;
  });
  return best;
}

/** Indices by probability, highest first (ties: earlier first). */
function ranked(probs: readonly number[]): number[] {
  return probs.map((_, i) => i).sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0) || a - b);
}

/** Which tokens top-k keeps: the k most probable (at least one; a k that is not a number: all). */
export function topKMask(probs: readonly number[], k: number): boolean[] {
  const count = Number.isNaN(k) ? probs.length : Math.max(1, Math.min(probs.length, Math.floor(k)));
  const keep = new Set(ranked(probs).slice(0, count));
  return probs.map((_, i) => keep.has(i));
}

/** Which tokens top-p keeps: the smallest most-probable set whose mass reaches p (at least one). */
export function topPMask(probs: readonly number[], p: number): boolean[] {
  const total = probs.reduce((a, b) => a + b, 0);
  const keep = new Set<number>();
  let mass = 0;
  for (const i of ranked(probs)) {
    keep.add(i);
    mass += probs[i] ?? 0;
    // A small tolerance so that p = 1 keeps every token despite rounding.
    if (mass >= p * total - 1e-12) break;
  }
  return probs.map((_, i) => keep.has(i));
}

export interface Sampling {
  /** After temperature. */
  tempered: number[];
  /** Kept by top-k and then top-p. */
  kept: boolean[];
  /** The distribution actually sampled from: kept tokens renormalised, others 0. */
  final: number[];
}

export function sample(probs: readonly number[], { t, k, p }: { t: number; k: number; p: number }): Sampling {
  const tempered = applyTemperature(probs, t);
  const byK = topKMask(tempered, k);
  const afterK = tempered.map((q, i) => (byK[i] ? q : 0));
  const byP = topPMask(afterK, p);
  const kept = tempered.map((_, i) => Boolean(byK[i] && byP[i]));
  const mass = tempered.reduce((sum, q, i) => sum + (kept[i] ? q : 0), 0);
  const final = tempered.map((q, i) => (kept[i] ? (mass > 0 ? q / mass : 1 / kept.filter(Boolean).length) : 0));
  return { tempered, kept, final };
}
