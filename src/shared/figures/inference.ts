/**
 * Inference cost (chapter 9.4.1): KV-cache size, and where prefill and decoding sit on a GPU's
 * roofline. Arithmetic intensities follow the survey's Tables 19 and 20 (constant factors dropped,
 * as the survey does).
 */

export interface ModelShape {
  layers: number;
  /** Query heads N. */
  heads: number;
  /** Key/value heads: = heads for multi-head attention, 1 for MQA, in between for GQA. */
  kvHeads: number;
  /** Head dimension D (hidden size H = N·D). */
  headDim: number;
  /** FFN intermediate size H′. */
  ffn: number;
  vocab: number;
}

/**
 * Configurations of the LLaMA 2 release (the published model configurations): 7B and 13B use
 * multi-head attention; 70B uses grouped-query attention with 8 key/value heads.
 */
export const PRESETS = {
  "llama-2-7b": { layers: 32, heads: 32, kvHeads: 32, headDim: 128, ffn: 11_008, vocab: 32_000 },
  "llama-2-13b": { layers: 40, heads: 40, kvHeads: 40, headDim: 128, ffn: 13_824, vocab: 32_000 },
  "llama-2-70b": { layers: 80, heads: 64, kvHeads: 8, headDim: 128, ffn: 28_672, vocab: 32_000 },
} as const satisfies Record<string, ModelShape>;
export type PresetName = keyof typeof PRESETS;

export const hiddenSize = (m: ModelShape): number => m.heads * m.headDim;

/**
 * Parameters of a LLaMA-style decoder: embeddings and output layer 2VH, final norm H, and per layer
 * the Q and O projections 2H², the K and V projections 2H·(kvHeads·D), the SwiGLU FFN 3HH′ and two
 * norms 2H. (With kvHeads = heads this is the survey's 2VH + H + L(4H² + 3HH′ + 2H).)
 */
export function parameterCount(m: ModelShape): number {
  const H = hiddenSize(m);
  const kv = m.kvHeads * m.headDim;
  return 2 * m.vocab * H + H + m.layers * (2 * H * H + 2 * H * kv + 3 * H * m.ffn + 2 * H);
}

/** Bytes per stored number. */
export const DTYPE_BYTES = { fp16: 2, fp8: 1, fp32: 4 } as const;
export type Dtype = keyof typeof DTYPE_BYTES;

/** Key and value vectors of every layer and KV head, per token. */
export function kvBytesPerToken(m: ModelShape, dtype: Dtype = "fp16"): number {
  return 2 * m.layers * m.kvHeads * m.headDim * DTYPE_BYTES[dtype];
}

export function kvCacheBytes(m: ModelShape, tokens: number, batch: number, dtype: Dtype = "fp16"): number {
  return kvBytesPerToken(m, dtype) * tokens * batch;
}

export interface Hardware {
  /** Peak half-precision FLOP/s (dense). */
  peak: number;
  /** Memory bandwidth, bytes/s. */
  bandwidth: number;
  memoryGB: number;
}

const GIB = 2 ** 30;

/**
 * A100: 312 TFLOP/s and 2,039 GB/s, the survey's figures; the survey's ridge point of 142.51
 * FLOP/byte reads the bandwidth as 2,039 × 2³⁰ bytes/s, and the H100 is read the same way so the
 * two compare like for like. H100 SXM: 989.4 TFLOP/s dense FP16/BF16 (NVIDIA lists 1,979 with 2:4
 * sparsity) and 3,350 GB/s.
 */
export const HARDWARE = {
  a100: { peak: 312e12, bandwidth: 2039 * GIB, memoryGB: 80 },
  h100: { peak: 989.4e12, bandwidth: 3350 * GIB, memoryGB: 80 },
} as const satisfies Record<string, Hardware>;
export type HardwareName = keyof typeof HARDWARE;

/** Maximum arithmetic intensity I_max = C / W (FLOP/byte): the roofline's ridge point. */
export const ridgePoint = (hw: Hardware): number => hw.peak / hw.bandwidth;

/** Attainable FLOP/s at arithmetic intensity I: min(peak, I · bandwidth). */
export const attainable = (hw: Hardware, intensity: number): number => Math.min(hw.peak, intensity * hw.bandwidth);

export interface Operation {
  id: "prefill-linear" | "prefill-attention" | "decode-linear" | "decode-attention";
  stage: "prefill" | "decode";
  intensity: number;
}

/**
 * Intensities of the two operations that do most of the work, from the survey's Tables 19 and 20:
 * a linear layer (1/H + 1/(B·Tq))⁻¹ with Tq = T query tokens in prefill and 1 in decoding;
 * attention in prefill (1 + 1/D)/(1/D + 1/T); attention in decoding (1 + 1/D)/(1 + 1/D + 1/T) for
 * multi-head attention — with g query heads sharing each key/value head (GQA, MQA) the cache is
 * read once per group, which we write as (1 + 1/D)/(1/g + 1/D + 1/T) (g = 1 gives the survey's).
 */
export function operations(m: ModelShape, tokens: number, batch: number): Operation[] {
  const H = hiddenSize(m);
  const D = m.headDim;
  const T = tokens;
  const g = m.heads / m.kvHeads;
  return [
    { id: "prefill-linear", stage: "prefill", intensity: 1 / (1 / H + 1 / (batch * T)) },
    { id: "prefill-attention", stage: "prefill", intensity: (1 + 1 / D) / (1 / D + 1 / T) },
    { id: "decode-linear", stage: "decode", intensity: 1 / (1 / H + 1 / batch) },
    { id: "decode-attention", stage: "decode", intensity: (1 + 1 / D) / (1 / g + 1 / D + 1 / T) },
  ];
}

export interface DecodeStep {
  weightBytes: number;
  cacheBytes: number;
  /** Lower bound on one decoding step: every weight and the whole cache read once. */
  seconds: number;
  tokensPerSecond: number;
  /** Weights and cache exceed the GPU's memory. */
  overflows: boolean;
}

/** The memory wall in one number: a decoding step must stream weights and cache from memory. */
export function decodeStep(m: ModelShape, tokens: number, batch: number, hw: Hardware, dtype: Dtype = "fp16"): DecodeStep {
  const weightBytes = parameterCount(m) * 2;
  const cacheBytes = kvCacheBytes(m, tokens, batch, dtype);
  const seconds = (weightBytes + cacheBytes) / hw.bandwidth;
  return { weightBytes, cacheBytes, seconds, tokensPerSecond: batch / seconds, overflows: weightBytes + cacheBytes > hw.memoryGB * 1e9 };
}
