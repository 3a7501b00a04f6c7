/**
 * Scaling laws (chapter 2.1). Every constant is the one the chapter prints; the KM compute-optimal
 * size is Kaplan et al.'s own fit (their Table 6: N_opt = 1.3·10⁹ · C_min^0.73, C in PF-days).
 * Units: N in parameters, D in tokens, C in FLOPs unless a name says PF-days; loss in nats/token.
 */

/** KM (Kaplan et al. 2020) constants, as printed in chapter 2.1. */
export const KM = {
  alphaN: 0.076,
  Nc: 8.8e13,
  alphaD: 0.095,
  Dc: 5.4e13,
  alphaC: 0.05,
  /** In PF-days. */
  Cc: 3.1e8,
  /** Compute-efficient model size N_opt = Ne · C^pN (C in PF-days), Kaplan et al. Table 6. */
  Ne: 1.3e9,
  pN: 0.73,
} as const;

/** Chinchilla (Hoffmann et al. 2022) constants, as printed in chapter 2.1. */
export const CHINCHILLA = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

/** One PF-day: 10¹⁵ FLOP/s for a day. */
export const FLOPS_PER_PF_DAY = 1e15 * 86_400;

/** C ≈ 6ND: about 2 FLOPs per parameter per token forward, 4 backward. */
export function trainingFlops(N: number, D: number): number {
  return 6 * N * D;
}

export const kmLossN = (N: number): number => (KM.Nc / N) ** KM.alphaN;
export const kmLossD = (D: number): number => (KM.Dc / D) ** KM.alphaD;
/** L(C) with C in FLOPs (converted to PF-days, the law's unit). */
export const kmLossC = (C: number): number => (KM.Cc / (C / FLOPS_PER_PF_DAY)) ** KM.alphaC;

export function chinchillaLoss(N: number, D: number): number {
  const { E, A, B, alpha, beta } = CHINCHILLA;
  return E + A / N ** alpha + B / D ** beta;
}

/** G = (αA / βB)^(1/(α+β)), the coefficient of the compute-optimal split. */
export function chinchillaG(): number {
  const { A, B, alpha, beta } = CHINCHILLA;
  return ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
}

export interface Allocation {
  /** Compute in FLOPs. */
  C: number;
  N: number;
  D: number;
  /** Predicted loss in nats per token. */
  loss: number;
}

/**
 * Minimising E + A/N^α + B/D^β subject to 6ND = C: N_opt = G (C/6)^(β/(α+β)), D_opt = (C/6)/N_opt
 * (= G⁻¹ (C/6)^(α/(α+β))).
 */
export function chinchillaOptimal(C: number): Allocation {
  const { alpha, beta } = CHINCHILLA;
  const N = chinchillaG() * (C / 6) ** (beta / (alpha + beta));
  const D = C / 6 / N;
  return { C, N, D, loss: chinchillaLoss(N, D) };
}

/** KM's compute-efficient model size, and the tokens that the same budget buys at C = 6ND. */
export function kmOptimal(C: number): Allocation {
  const N = KM.Ne * (C / FLOPS_PER_PF_DAY) ** KM.pN;
  return { C, N, D: C / 6 / N, loss: kmLossC(C) };
}

/** Loss along Chinchilla's iso-FLOP curve: a model of N parameters trained on the C/(6N) tokens C buys. */
export function isoFlopLoss(C: number, N: number): number {
  return chinchillaLoss(N, C / 6 / N);
}

export interface TrainedModel {
  name: string;
  /** Parameters. */
  N: number;
  /** Training tokens. */
  D: number;
  /** Where the numbers come from. */
  source: string;
}

/**
 * Models whose size and training tokens the book or its sources state. "Table 1" is the survey's
 * model table as recorded in shared/reference/survey-facts.md §4a; LLaMA's smaller sizes are from
 * the LLaMA paper's Figure 1 caption (7B and 13B on 1.0T tokens, 33B and 65B on 1.4T).
 */
export const TRAINED_MODELS: readonly TrainedModel[] = [
  { name: "GPT-3", N: 175e9, D: 300e9, source: "survey Table 1; chapter 2.2" },
  { name: "Gopher", N: 280e9, D: 300e9, source: "survey Table 1; chapter 2.1" },
  { name: "Chinchilla", N: 70e9, D: 1.4e12, source: "survey Table 1; chapter 2.1" },
  { name: "MT-NLG", N: 530e9, D: 270e9, source: "survey Table 1" },
  { name: "PaLM", N: 540e9, D: 780e9, source: "survey Table 1" },
  { name: "LaMDA", N: 137e9, D: 768e9, source: "survey Table 1" },
  { name: "OPT", N: 175e9, D: 180e9, source: "survey Table 1; chapter 3.1" },
  { name: "BLOOM", N: 176e9, D: 366e9, source: "survey Table 1; chapter 3.1" },
  { name: "GLM-130B", N: 130e9, D: 400e9, source: "survey Table 1; chapter 3.1" },
  { name: "LLaMA-7B", N: 7e9, D: 1.0e12, source: "LLaMA paper, Figure 1" },
  { name: "LLaMA-13B", N: 13e9, D: 1.0e12, source: "LLaMA paper, Figure 1" },
  { name: "LLaMA-33B", N: 33e9, D: 1.4e12, source: "LLaMA paper, Figure 1" },
  { name: "LLaMA-65B", N: 65e9, D: 1.4e12, source: "survey Table 1; LLaMA paper" },
  { name: "LLaMA 2-70B", N: 70e9, D: 2e12, source: "survey Table 1" },
  { name: "StarCoder", N: 15.5e9, D: 1e12, source: "survey Table 1; chapter 3.1" },
  { name: "Qwen-14B", N: 14e9, D: 3e12, source: "survey Table 1" },
];

/**
 * "Over-sized": more than this many times the parameters Chinchilla's fit recommends for the
 * model's own compute. The fitted loss is flat near its optimum — Chinchilla itself, at 70B, is
 * about 2.2 times the fit's optimum for its budget (32.5B with the printed constants) and loses
 * under 0.01 nats/token to it — so only a large factor marks a model as built too big for its data.
 */
export const OVERSIZED_FACTOR = 3;

export interface ModelVerdict extends TrainedModel {
  C: number;
  tokensPerParam: number;
  /** Chinchilla's best split of this model's own budget. */
  optimal: Allocation;
  /** N divided by Chinchilla's optimum for the same budget. */
  sizeRatio: number;
  /** sizeRatio > OVERSIZED_FACTOR. */
  oversized: boolean;
  /** Predicted loss above the optimum's for the same budget (nats/token). */
  excessLoss: number;
}

export function judgeModel(model: TrainedModel): ModelVerdict {
  const C = trainingFlops(model.N, model.D);
  const optimal = chinchillaOptimal(C);
  const sizeRatio = model.N / optimal.N;
  return { ...model, C, tokensPerParam: model.D / model.N, optimal, sizeRatio, oversized: sizeRatio > OVERSIZED_FACTOR, excessLoss: chinchillaLoss(model.N, model.D) - optimal.loss };
}

/** The compute-budget slider's range (FLOPs). */
export const COMPUTE_RANGE = { min: 1e18, max: 1e26 } as const;
