/**
 * Training memory per GPU (chapters 4.3.2 and 9.3): model states under data parallelism and the
 * three ZeRO stages, optional offload, and activations after the survey's Table 18. Bytes; GB means
 * 10⁹ bytes, as in the chapter's table.
 */

export type Precision = "mixed" | "fp32";
export type ZeroStage = 0 | 1 | 2 | 3;

/**
 * Bytes per parameter. Mixed precision with Adam: 16-bit weights and gradients (2 + 2) and three
 * FP32 optimizer tensors — master weights, momentum, variance (4 + 4 + 4) — 16 in all. Pure FP32
 * with Adam: 4-byte weights and gradients, momentum and variance (no separate master copy) — also 16.
 */
export const BYTES_PER_PARAM: Record<Precision, { weights: number; gradients: number; optimizer: number }> = {
  mixed: { weights: 2, gradients: 2, optimizer: 12 },
  fp32: { weights: 4, gradients: 4, optimizer: 8 },
};

export interface ModelStates {
  weights: number;
  gradients: number;
  optimizer: number;
}

/**
 * Model-state bytes on each of `gpus` data-parallel GPUs. ZeRO-1 shards the optimizer states,
 * ZeRO-2 also the gradients, ZeRO-3 also the weights. With offload, gradients and optimizer states
 * live in CPU memory (ZeRO-Offload) and the GPU keeps the weights.
 */
export function modelStatesPerGpu(params: number, gpus: number, zero: ZeroStage, precision: Precision, offload = false): { gpu: ModelStates; cpu: number } {
  const b = BYTES_PER_PARAM[precision];
  const shard = (bytes: number, sharded: boolean) => (sharded ? (bytes * params) / gpus : bytes * params);
  const weights = shard(b.weights, zero >= 3);
  const gradients = shard(b.gradients, zero >= 2);
  const optimizer = shard(b.optimizer, zero >= 1);
  if (offload) return { gpu: { weights, gradients: 0, optimizer: 0 }, cpu: gradients + optimizer };
  return { gpu: { weights, gradients, optimizer }, cpu: 0 };
}

export interface ActivationShape {
  batch: number;
  seq: number;
  hidden: number;
  layers: number;
  /** FFN intermediate size H′. */
  ffn: number;
  heads: number;
  vocab: number;
}

/** LLaMA-style defaults derived from the hidden size: H′ = 8H/3 rounded up to 256, heads of 128. */
export function llamaShape(hidden: number, layers: number, seq: number, batch: number): ActivationShape {
  return {
    batch,
    seq,
    hidden,
    layers,
    ffn: Math.ceil((8 * hidden) / 3 / 256) * 256,
    heads: Math.max(1, Math.round(hidden / 128)),
    vocab: 32_000,
  };
}

/**
 * Activation bytes after the survey's Table 18 (16-bit activations). Per layer: 2BTH (input of the
 * Q/K/V projection) + 4BTH (rotated Q, K) + 6BTH (Q, K, V kept for attention) + 2BT²N (softmax) +
 * 2BTH (attention output) + 2BTH (Add&Norm) + 2BTH (FFN input) + 4BTH′ (gate and up) + 2BTH′
 * (SwiGLU product) + 2BTH (Add&Norm) = 20BTH + 6BTH′ + 2BT²N; the output layer adds 2BTH + 4BTV
 * (an FP32 softmax). With recomputation only each layer's input (2BTH) is kept, plus one layer's
 * full set while it is recomputed. FP32 training doubles the 16-bit terms.
 */
export function activationBytes(s: ActivationShape, { recompute = false, precision = "mixed" as Precision } = {}): number {
  const { batch: B, seq: T, hidden: H, ffn: Hf, heads: N, vocab: V, layers: L } = s;
  const width = precision === "fp32" ? 2 : 1;
  const perLayer = width * (20 * B * T * H + 6 * B * T * Hf + 2 * B * T * T * N);
  const output = width * 2 * B * T * H + 4 * B * T * V;
  if (!recompute) return L * perLayer + output;
  return L * width * 2 * B * T * H + perLayer + output;
}

/**
 * Memory outside the model and its activations, from the survey's list, at the low end of each
 * range: PyTorch ≈ 1 GB; a distributed framework 1–4 GB (with more than one GPU); fragmentation
 * 0.5–1 GB.
 */
export function otherBytes(gpus: number): number {
  return 1e9 + (gpus > 1 ? 1e9 : 0) + 0.5e9;
}

export interface TrainingConfig {
  /** Parameters, in billions. */
  paramsB: number;
  gpus: number;
  /** Memory of one GPU, GB. */
  gpuMemGB: number;
  precision: Precision;
  zero: ZeroStage;
  offload: boolean;
  seq: number;
  batch: number;
  layers: number;
  hidden: number;
  recompute: boolean;
}

export interface TrainingMemory {
  perGpu: ModelStates & { activations: number; other: number };
  total: number;
  capacity: number;
  fits: boolean;
  /** Bytes moved to CPU memory by offload (per GPU's share). */
  cpu: number;
}

export function trainingMemory(c: TrainingConfig): TrainingMemory {
  const params = c.paramsB * 1e9;
  const states = modelStatesPerGpu(params, c.gpus, c.zero, c.precision, c.offload);
  const activations = activationBytes(llamaShape(c.hidden, c.layers, c.seq, c.batch), { recompute: c.recompute, precision: c.precision });
  const other = otherBytes(c.gpus);
  const perGpu = { ...states.gpu, activations, other };
  const total = perGpu.weights + perGpu.gradients + perGpu.optimizer + activations + other;
  const capacity = c.gpuMemGB * 1e9;
  return { perGpu, total, capacity, fits: total <= capacity, cpu: states.cpu };
}

/** GPU memory of the choices offered (GB). */
export const GPU_MEMORY_GB = { "a100-40": 40, "a100-80": 80, "h100-80": 80 } as const;
