/**
 * Property tests: any query-string value, for any parameter of any figure, gives a state the
 * figure's formulas turn into finite numbers — nothing throws, and no "NaN" or "Infinity" reaches
 * the screen.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUP_OF, sample } from "../../src/shared/figures/decoding";
import { bytes, compact, percent, round, scientific } from "../../src/shared/figures/format";
import { attainable, decodeStep, type Dtype, HARDWARE, type HardwareName, kvCacheBytes, type ModelShape, operations, PRESETS, type PresetName } from "../../src/shared/figures/inference";
import { defaultsOf, type FigureState, type ParamSpecs, readState } from "../../src/shared/figures/params";
import { FIGURES, type FigureName } from "../../src/shared/figures/registry";
import { chinchillaOptimal, kmOptimal } from "../../src/shared/figures/scaling";
import { type AccessFilter, filterModels, MODELS } from "../../src/shared/figures/timeline";
import { GPU_MEMORY_GB, llamaShape, type Precision, trainingMemory, type ZeroStage } from "../../src/shared/figures/training-memory";

/** What a reader might put in an address: numbers of every size and sign, words, nothing. */
const rawValue = fc.oneof(
  fc.constantFrom("", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "0", "-0", "-1", "abc", "7", "8", "3", "mixed", "fp32", "custom", "llama-2-70b", "h100", "1", "true"),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ maxLength: 12 }),
);

function queryFor(specs: ParamSpecs) {
  return fc.array(fc.tuple(fc.constantFrom(...Object.keys(specs)), rawValue), { maxLength: 8 });
}

function stateFrom(name: FigureName, entries: [string, string][]): FigureState {
  const specs: ParamSpecs = FIGURES[name];
  return readState(specs, entries, defaultsOf(specs)).state;
}

/** Every number is finite, and formatting it never shows NaN or Infinity. */
function expectShowable(values: number[]): void {
  for (const v of values) {
    expect(Number.isFinite(v), String(v)).toBe(true);
    for (const text of [round(v), scientific(v), compact(v), bytes(v), percent(v)]) expect(text).not.toMatch(/NaN|Infinity/);
  }
}

describe("figures never show NaN, whatever the address says", () => {
  it("training memory", () => {
    fc.assert(
      fc.property(queryFor(FIGURES["training-memory"]), (entries) => {
        const s = stateFrom("training-memory", entries);
        const gpu = s.gpu as keyof typeof GPU_MEMORY_GB | "custom";
        const m = trainingMemory({
          paramsB: s.params as number,
          gpus: s.gpus as number,
          gpuMemGB: gpu === "custom" ? (s.mem as number) : GPU_MEMORY_GB[gpu],
          precision: s.precision as Precision,
          zero: s.zero as ZeroStage,
          offload: s.offload as boolean,
          seq: s.seq as number,
          batch: s.batch as number,
          layers: s.layers as number,
          hidden: s.hidden as number,
          recompute: s.recompute as boolean,
        });
        expectShowable([m.total, m.capacity, m.cpu, ...Object.values(m.perGpu)]);
        expect(m.total).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("inference cost", () => {
    fc.assert(
      fc.property(queryFor(FIGURES["inference-cost"]), (entries) => {
        const s = stateFrom("inference-cost", entries);
        const preset = s.model as PresetName | "custom";
        const heads = s.heads as number;
        const shape = llamaShape(heads * (s.dim as number), s.layers as number, 1, 1);
        const model: ModelShape =
          preset === "custom" ? { layers: s.layers as number, heads, kvHeads: Math.min(s.kv as number, heads), headDim: s.dim as number, ffn: shape.ffn, vocab: shape.vocab } : PRESETS[preset];
        const hw = HARDWARE[s.hw as HardwareName];
        const ops = operations(model, s.tokens as number, s.batch as number);
        const step = decodeStep(model, s.tokens as number, s.batch as number, hw, s.dtype as Dtype);
        expectShowable([...ops.map((o) => o.intensity), ...ops.map((o) => attainable(hw, o.intensity)), step.seconds, step.tokensPerSecond, kvCacheBytes(model, s.tokens as number, s.batch as number, s.dtype as Dtype)]);
      }),
      { numRuns: 300 },
    );
  });

  it("scaling explorer", () => {
    fc.assert(
      fc.property(queryFor(FIGURES["scaling-explorer"]), (entries) => {
        const C = stateFrom("scaling-explorer", entries).compute as number;
        const km = kmOptimal(C);
        const ch = chinchillaOptimal(C);
        expectShowable([km.N, km.D, km.loss, ch.N, ch.D, ch.loss]);
      }),
    );
  });

  it("decoding strategies: the sampled distribution sums to 1 and keeps at least one token", () => {
    fc.assert(
      fc.property(queryFor(FIGURES["decoding-strategies"]), (entries) => {
        const s = stateFrom("decoding-strategies", entries);
        const result = sample(
          CUP_OF.map((c) => c.p),
          { t: s.t as number, k: s.k as number, p: s.p as number },
        );
        expectShowable([...result.tempered, ...result.final]);
        expect(result.final.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(result.kept.some(Boolean)).toBe(true);
      }),
    );
  });

  it("decoding strategies: any temperature, k and p, even outside the sliders' ranges", () => {
    const any = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -1));
    fc.assert(
      fc.property(any, any, any, (t, k, p) => {
        const result = sample(
          CUP_OF.map((c) => c.p),
          { t, k, p },
        );
        expectShowable(result.final);
        expect(result.final.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it("model timeline: any filter gives a subset of the models", () => {
    fc.assert(
      fc.property(queryFor(FIGURES["model-timeline"]), (entries) => {
        const s = stateFrom("model-timeline", entries);
        const shown = filterModels(MODELS, s.access as AccessFilter, s.org as string);
        expect(shown.every((m) => MODELS.includes(m))).toBe(true);
      }),
    );
  });
});
