/**
 * The figures a chapter can embed (`::figure{name=… }`), and the parameters of each: the same
 * names are a figure's Markdown attributes and its page's query string. Pure data, no drawing.
 */
import { COMPUTE_RANGE } from "./scaling";
import { GPU_MEMORY_GB } from "./training-memory";
import { DTYPE_BYTES, HARDWARE, PRESETS } from "./inference";
import type { ParamSpecs } from "./params";

const int = (min: number, max: number, value: number) => ({ kind: "number", integer: true, min, max, default: value }) as const;
const num = (min: number, max: number, value: number) => ({ kind: "number", min, max, default: value }) as const;
const oneOf = <T extends string>(values: readonly T[], value: T) => ({ kind: "enum", values, default: value }) as const;
const flag = (value: boolean) => ({ kind: "bool", default: value }) as const;
const slug = (value: string) => ({ kind: "slug", default: value }) as const;

export const FIGURES = {
  "scaling-explorer": {
    /** Compute budget in FLOPs; the default is Chinchilla's own, 6 × 70B × 1.4T. */
    compute: num(COMPUTE_RANGE.min, COMPUTE_RANGE.max, 5.88e23),
  },
  "training-memory": {
    /** Parameters, billions (default: LLaMA-7B's 6.7B, the chapter's example). */
    params: num(0.1, 2000, 6.7),
    gpus: int(1, 4096, 8),
    gpu: oneOf([...(Object.keys(GPU_MEMORY_GB) as (keyof typeof GPU_MEMORY_GB)[]), "custom"], "a100-80"),
    /** GPU memory in GB when gpu=custom. */
    mem: num(1, 1024, 80),
    precision: oneOf(["mixed", "fp32"] as const, "mixed"),
    zero: int(0, 3, 0),
    offload: flag(false),
    seq: int(1, 131_072, 2048),
    batch: int(1, 1024, 1),
    layers: int(1, 256, 32),
    hidden: int(64, 65_536, 4096),
    recompute: flag(false),
  },
  "inference-cost": {
    model: oneOf([...(Object.keys(PRESETS) as (keyof typeof PRESETS)[]), "custom"], "llama-2-7b"),
    /** Used when model=custom (a preset fills them in). */
    layers: int(1, 256, 32),
    heads: int(1, 256, 32),
    kv: int(1, 256, 32),
    dim: int(8, 512, 128),
    dtype: oneOf(Object.keys(DTYPE_BYTES) as (keyof typeof DTYPE_BYTES)[], "fp16"),
    /** Defaults: the survey's example, B = 8 sequences of T = 1,024 tokens. */
    tokens: int(1, 1_048_576, 1024),
    batch: int(1, 1024, 8),
    hw: oneOf(Object.keys(HARDWARE) as (keyof typeof HARDWARE)[], "a100"),
  },
  "model-timeline": {
    access: oneOf(["all", "open", "closed"] as const, "all"),
    /** An organisation's slug (`deepmind`), or `all`; the timeline checks it against its data. */
    org: slug("all"),
    /** The model whose details are shown (its slug), or `none`. */
    model: slug("none"),
  },
  "decoding-strategies": {
    /** Temperature; 0 means greedy. Defaults: Alpaca's settings as chapter 4.2.4 quotes them (t = 0.7, top-p 0.9; its top-k 50 keeps all 8 tokens here). */
    t: num(0, 2, 0.7),
    k: int(1, 8, 8),
    p: num(0.05, 1, 0.9),
  },
} as const satisfies Record<string, ParamSpecs>;

export type FigureName = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(FIGURES, name);
}
