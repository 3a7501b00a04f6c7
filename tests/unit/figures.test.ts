/**
 * The figures' formulas (src/shared/figures/), pinned to values worked out by hand from the numbers
 * the chapters print. Each expectation says where its number comes from.
 */
import { describe, expect, it } from "vitest";
import { applyTemperature, CUP_OF, GREEDY_T, sample, topKMask, topPMask } from "../../src/shared/figures/decoding";
import { bytes, compact, round, scientific } from "../../src/shared/figures/format";
import { attainable, HARDWARE, kvBytesPerToken, kvCacheBytes, operations, parameterCount, PRESETS, ridgePoint } from "../../src/shared/figures/inference";
import { defaultsOf, formatParam, parseValue, readState, writeQuery } from "../../src/shared/figures/params";
import { FIGURE_NAMES, FIGURES } from "../../src/shared/figures/registry";
import { chinchillaG, chinchillaLoss, chinchillaOptimal, FLOPS_PER_PF_DAY, judgeModel, kmLossC, kmLossN, kmOptimal, TRAINED_MODELS } from "../../src/shared/figures/scaling";
import { FIGURE_TEXT } from "../../src/shared/figures/text";
import { filterModels, MODELS, modelSlug, organisations } from "../../src/shared/figures/timeline";
import { activationBytes, llamaShape, modelStatesPerGpu, trainingMemory } from "../../src/shared/figures/training-memory";
import { linearTicks, logTicks } from "../../src/features/figures/chart/scale";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const GB = 1e9;

describe("training memory (chapters 4.3.2 and 9.3)", () => {
  it("stores 16P bytes of model states with mixed precision and Adam: 112 GB for 7B, 2.8 TB for 175B", () => {
    // 2P (16-bit weights) + 2P (16-bit gradients) + 12P (FP32 copy, momentum, variance) = 16P.
    const at = (params: number) => {
      const { gpu } = modelStatesPerGpu(params, 1, 0, "mixed");
      return gpu.weights + gpu.gradients + gpu.optimizer;
    };
    expect(at(7e9)).toBe(16 * 7e9); // 112 GB (the companion slides' "16 × 7B = 112 GB")
    expect(at(175e9)).toBe(16 * 175e9); // 2.8e12 bytes = 2.8 TB
    expect(at(6.7e9) / GB).toBeCloseTo(107.2, 10); // chapter 9.3.1: "about 100 GB" for LLaMA-7B
  });

  it("FP32 with Adam is also 16P: 4-byte weights and gradients, 8 bytes of momentum and variance", () => {
    const { gpu } = modelStatesPerGpu(1e9, 1, 0, "fp32");
    expect([gpu.weights, gpu.gradients, gpu.optimizer]).toEqual([4e9, 4e9, 8e9]);
  });

  it("gives the ZeRO per-GPU figures of chapter 9.3.2's table (LLaMA-7B, P = 6.7e9, N = 8)", () => {
    const perGpu = (zero: 0 | 1 | 2 | 3) => {
      const { gpu } = modelStatesPerGpu(6.7e9, 8, zero, "mixed");
      return (gpu.weights + gpu.gradients + gpu.optimizer) / GB;
    };
    expect(perGpu(0)).toBeCloseTo(107.2, 9); // 16P            → "≈ 107 GB"
    expect(perGpu(1)).toBeCloseTo(36.85, 9); // 4P + 12P/8 = 26.8 + 10.05   → "≈ 37 GB"
    expect(perGpu(2)).toBeCloseTo(25.125, 9); // 2P + 14P/8 = 13.4 + 11.725 → "≈ 25 GB"
    expect(perGpu(3)).toBeCloseTo(13.4, 9); // 16P/8                        → "≈ 13.4 GB"
  });

  it("moves gradients and optimizer states to the CPU with offload, keeping the weights on the GPU", () => {
    const { gpu, cpu } = modelStatesPerGpu(6.7e9, 1, 0, "mixed", true);
    expect(gpu).toEqual({ weights: 13.4e9, gradients: 0, optimizer: 0 });
    expect(cpu).toBeCloseTo(14 * 6.7e9, 0);
  });

  it("derives LLaMA-7B's layer shape from its hidden size: H' = 11,008, 32 heads", () => {
    expect(llamaShape(4096, 32, 2048, 1)).toMatchObject({ ffn: 11_008, heads: 32, vocab: 32_000 });
  });

  it("sums the survey's Table 18 for LLaMA-7B at B = 1, T = 2,048", () => {
    // Per layer 20BTH + 6BTH' + 2BT²N = 167,772,160 + 135,266,304 + 268,435,456 = 571,473,920;
    // × 32 layers = 18,287,165,440; output layer 2BTH + 4BTV = 16,777,216 + 262,144,000.
    // Total 18,566,086,656 bytes ≈ 18.6 GB (the survey rounds its estimate to "16 GB").
    expect(activationBytes(llamaShape(4096, 32, 2048, 1))).toBe(18_566_086_656);
    // Recomputation keeps 2BTH per layer plus one layer's full set: 32 × 16,777,216 + 571,473,920 + 278,921,216.
    expect(activationBytes(llamaShape(4096, 32, 2048, 1), { recompute: true })).toBe(32 * 16_777_216 + 571_473_920 + 278_921_216);
  });

  it("says whether a configuration fits: 7B on 8 × A100-80G fits with ZeRO-3 and recomputation, not with plain data parallelism", () => {
    const base = { paramsB: 6.7, gpus: 8, gpuMemGB: 80, precision: "mixed", offload: false, seq: 2048, batch: 1, layers: 32, hidden: 4096 } as const;
    expect(trainingMemory({ ...base, zero: 0, recompute: false }).fits).toBe(false);
    expect(trainingMemory({ ...base, zero: 3, recompute: true }).fits).toBe(true);
  });
});

describe("inference cost (chapter 9.4.1)", () => {
  it("counts LLaMA-7B's parameters as the survey's formula does: 6,738,415,616", () => {
    // 2VH + H + L(4H² + 3HH' + 2H) with V = 32,000, H = 4,096, H' = 11,008, L = 32.
    expect(parameterCount(PRESETS["llama-2-7b"])).toBe(6_738_415_616);
    // With GQA (8 KV heads of 128, H' = 28,672, L = 80, H = 8,192): 68,976,648,192.
    expect(parameterCount(PRESETS["llama-2-70b"])).toBe(68_976_648_192);
  });

  it("stores 0.5 MiB of KV cache per token for LLaMA-2-7B, 1 GiB for a 2,048-token sequence", () => {
    // 2 (K and V) × 32 layers × 32 heads × 128 dims × 2 bytes = 524,288 bytes.
    expect(kvBytesPerToken(PRESETS["llama-2-7b"])).toBe(524_288);
    expect(kvCacheBytes(PRESETS["llama-2-7b"], 2048, 1)).toBe(2 ** 30);
    expect(kvCacheBytes(PRESETS["llama-2-7b"], 4096, 8)).toBe(16 * 2 ** 30);
  });

  it("shrinks the cache with grouped-query attention: LLaMA-2-70B stores 320 KiB per token", () => {
    // 2 × 80 layers × 8 KV heads × 128 dims × 2 bytes = 327,680 bytes; with 64 KV heads it would be 8× that.
    expect(kvBytesPerToken(PRESETS["llama-2-70b"])).toBe(327_680);
    expect(kvBytesPerToken({ ...PRESETS["llama-2-70b"], kvHeads: 64 })).toBe(8 * 327_680);
    expect(kvBytesPerToken(PRESETS["llama-2-70b"], "fp8")).toBe(163_840);
  });

  it("puts the A100's ridge point at 142.5 FLOP/byte", () => {
    // 312e12 FLOP/s ÷ (2,039 × 2³⁰ bytes/s) = 142.51 — the survey's figure.
    expect(ridgePoint(HARDWARE.a100)).toBeCloseTo(142.51, 2);
    // H100 SXM: 989.4e12 ÷ (3,350 × 2³⁰) = 275.06.
    expect(ridgePoint(HARDWARE.h100)).toBeCloseTo(275.06, 2);
    expect(attainable(HARDWARE.a100, 1e6)).toBe(312e12);
    expect(attainable(HARDWARE.a100, 1)).toBe(2039 * 2 ** 30);
  });

  it("gives the survey's intensities for LLaMA-7B with B = 8, T = 1,024", () => {
    const ops = Object.fromEntries(operations(PRESETS["llama-2-7b"], 1024, 8).map((o) => [o.id, o.intensity]));
    expect(ops["prefill-linear"]).toBeCloseTo(2730.67, 2); // (1/4096 + 1/8192)⁻¹
    expect(ops["prefill-attention"]).toBeCloseTo(114.67, 2); // (1 + 1/128)/(1/128 + 1/1024)
    expect(ops["decode-linear"]).toBeCloseTo(7.98, 2); // (1/4096 + 1/8)⁻¹ ≈ 8
    expect(ops["decode-attention"]).toBeCloseTo(1, 2); // ≈ 1
    // Grouped-query attention (8 query heads per KV head) raises the decoding attention intensity about 8×.
    const gqa = operations(PRESETS["llama-2-70b"], 1024, 8).find((o) => o.id === "decode-attention");
    expect(gqa?.intensity).toBeCloseTo((1 + 1 / 128) / (1 / 8 + 1 / 128 + 1 / 1024), 10);
  });
});

describe("scaling laws (chapter 2.1)", () => {
  it("computes G = (αA/βB)^(1/(α+β)) from the printed constants", () => {
    // αA = 0.34 × 406.4 = 138.176; βB = 0.28 × 410.7 = 114.996; ratio 1.201572; ^(1/0.62) = 1.344711.
    expect(chinchillaG()).toBeCloseTo(1.344711, 6);
  });

  it("splits Chinchilla's own budget (6 × 70B × 1.4T = 5.88e23 FLOPs) into 32.5B parameters and 3.02T tokens", () => {
    // N_opt = G (C/6)^(β/(α+β)) = 1.344711 × (9.8e22)^0.451613 = 3.2491e10; D_opt = (C/6)/N_opt = 3.0162e12.
    const { N, D, loss } = chinchillaOptimal(5.88e23);
    expect(N / 1e9).toBeCloseTo(32.491, 2);
    expect(D / 1e12).toBeCloseTo(3.0162, 3);
    expect(6 * N * D).toBeCloseTo(5.88e23, -12); // on the budget: C = 6ND
    expect(loss).toBeCloseTo(1.92999, 4); // 1.69 + 406.4/N^0.34 + 410.7/D^0.28
  });

  it("splits 1e21 and 1e24 FLOPs", () => {
    // 1e21: N = 1.344711 × (1.6667e20)^0.451613 = 1.8242e9, D = 9.1363e10 (50 tokens per parameter).
    expect(chinchillaOptimal(1e21).N / 1e9).toBeCloseTo(1.8242, 3);
    expect(chinchillaOptimal(1e21).D / 1e9).toBeCloseTo(91.363, 2);
    // 1e24: N = 4.1297e10, D = 4.0358e12.
    expect(chinchillaOptimal(1e24).N / 1e9).toBeCloseTo(41.297, 2);
    expect(chinchillaOptimal(1e24).D / 1e12).toBeCloseTo(4.0358, 3);
  });

  it("uses Kaplan et al.'s compute-efficient size N = 1.3e9 · C^0.73 (C in PF-days)", () => {
    expect(kmOptimal(FLOPS_PER_PF_DAY).N).toBeCloseTo(1.3e9, 0); // one PF-day
    // 5.88e23 FLOPs = 6,805.6 PF-days; 1.3e9 × 6805.6^0.73 = 8.1646e11; D = C/(6N) = 1.2003e11.
    expect(kmOptimal(5.88e23).N / 1e9).toBeCloseTo(816.46, 1);
    expect(kmOptimal(5.88e23).D / 1e9).toBeCloseTo(120.03, 1);
    expect(kmLossN(8.8e13)).toBe(1);
    expect(kmLossC(3.1e8 * FLOPS_PER_PF_DAY)).toBeCloseTo(1, 12);
  });

  it("marks GPT-3-era models over-sized and LLaMA-7B not", () => {
    const verdict = (name: string) => judgeModel(TRAINED_MODELS.find((m) => m.name === name)!);
    expect(verdict("GPT-3").oversized).toBe(true); // 175B on 300B tokens: ~7× the optimum for 3.15e23 FLOPs
    expect(verdict("Gopher").oversized).toBe(true);
    expect(verdict("Chinchilla").oversized).toBe(false); // ~2.2×, within the law's flat region
    expect(verdict("Chinchilla").excessLoss).toBeLessThan(0.01);
    expect(verdict("LLaMA-7B").sizeRatio).toBeLessThan(1);
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.9367, 3);
  });
});

describe("decoding (chapter 4.2.4)", () => {
  const probs = CUP_OF.map((c) => c.p);
  it("starts from the chapter's example: tea 0.45, coffee 0.30, water 0.10, summing to 1", () => {
    expect(probs.slice(0, 3)).toEqual([0.45, 0.3, 0.1]);
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("leaves the distribution alone at t = 1, approaches greedy as t → 0 and uniform as t grows", () => {
    applyTemperature(probs, 1).forEach((p, i) => expect(p).toBeCloseTo(probs[i] ?? 0, 12));
    expect(applyTemperature(probs, 0)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(applyTemperature(probs, GREEDY_T)[0]).toBeCloseTo(1, 6);
    const hot = applyTemperature(probs, 1e6);
    hot.forEach((p) => expect(p).toBeCloseTo(1 / probs.length, 4));
    // t = 0.5 squares the probabilities before renormalising: 0.45² / Σp² .
    const sumSquares = probs.reduce((a, p) => a + p * p, 0);
    expect(applyTemperature(probs, 0.5)[0]).toBeCloseTo(0.2025 / sumSquares, 12);
  });

  it("keeps the k most probable tokens, and the smallest set reaching mass p", () => {
    expect(topKMask(probs, 2)).toEqual([true, true, false, false, false, false, false, false]);
    // 0.45 + 0.30 = 0.75 < 0.8, + 0.10 = 0.85 ≥ 0.8: three tokens.
    expect(topPMask(probs, 0.8).filter(Boolean)).toHaveLength(3);
    expect(topPMask(probs, 1).every(Boolean)).toBe(true);
    const { final } = sample(probs, { t: 1, k: 2, p: 1 });
    expect(final[0]).toBeCloseTo(0.45 / 0.75, 12);
    expect(final.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe("figure state in the query string", () => {
  const specs = FIGURES["training-memory"];
  it("refuses negative, NaN, 1e400, text, empty and fractional values with a reason", () => {
    expect(parseValue(specs.gpus, "-3")).toEqual({ ok: false, reason: "out-of-range" });
    expect(parseValue(specs.gpus, "NaN")).toEqual({ ok: false, reason: "not-a-number" });
    expect(parseValue(specs.gpus, "1e400")).toEqual({ ok: false, reason: "out-of-range" });
    expect(parseValue(specs.gpus, "eight")).toEqual({ ok: false, reason: "not-a-number" });
    expect(parseValue(specs.gpus, "")).toEqual({ ok: false, reason: "empty" });
    expect(parseValue(specs.gpus, "2.5")).toEqual({ ok: false, reason: "not-an-integer" });
    expect(parseValue(specs.params, "7")).toEqual({ ok: true, value: 7 });
    expect(parseValue(specs.precision, "bf16")).toEqual({ ok: false, reason: "not-allowed" });
  });

  it("reads the issue's example address and writes only what differs from the defaults", () => {
    const defaults = defaultsOf(specs);
    const { state, problems } = readState(specs, new URLSearchParams("params=7&gpus=8&zero=3&precision=mixed&q=rlhf").entries(), defaults);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({ params: 7, gpus: 8, zero: 3, precision: "mixed" });
    expect(writeQuery(specs, state, defaults, "?q=rlhf")).toBe("?q=rlhf&params=7&zero=3");
    expect(writeQuery(specs, defaults, defaults)).toBe("");
  });

  it("keeps the default for a bad value and reports it", () => {
    const defaults = defaultsOf(specs);
    const { state, problems } = readState(specs, [["gpus", "-1"], ["zero", "9"]], defaults);
    expect(state.gpus).toBe(defaults.gpus);
    expect(problems.map((p) => p.key)).toEqual(["gpus", "zero"]);
  });

  it("writes numbers compactly and round-trips them", () => {
    expect(formatParam(5.88e23)).toBe("5.88e23");
    expect(formatParam(true)).toBe("1");
    expect(parseValue(FIGURES["scaling-explorer"].compute, formatParam(6.3e23))).toEqual({ ok: true, value: 6.3e23 });
  });
});

describe("figure registry and data", () => {
  it("has text in both languages for every figure, and every default passes its own check", () => {
    for (const name of FIGURE_NAMES) {
      expect(FIGURE_TEXT.en[name].title).toBeTruthy();
      expect(FIGURE_TEXT.zh[name].title).toBeTruthy();
      for (const spec of Object.values(FIGURES[name])) expect(parseValue(spec, formatParam(spec.default)).ok).toBe(true);
    }
  });

  it("lists the survey's 56 models with unique slugs, and links each to a section the book has", () => {
    expect(MODELS).toHaveLength(56);
    expect(new Set(MODELS.map((m) => modelSlug(m.name))).size).toBe(56);
    expect(MODELS.every((m) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(modelSlug(m.name)))).toBe(true);
    // The ## section ids of the English chapters (the same in Chinese; the content check enforces it).
    const dir = join(process.cwd(), "content", "en");
    const sections = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/^## .*\{#([a-z0-9-]+)/gm)].map((m) => m[1])),
    );
    for (const m of MODELS) if (m.section) expect(sections.has(m.section), `${m.name} → ${m.section}`).toBe(true);
    expect(filterModels(MODELS, "open", "all").every((m) => m.access === "open")).toBe(true);
    expect(filterModels(MODELS, "all", "deepmind").map((m) => m.name)).toEqual(expect.arrayContaining(["Gopher", "Chinchilla"]));
    expect(organisations()[0]).toBe("Google");
  });
});

describe("number formats and ticks", () => {
  it("formats without NaN or Infinity", () => {
    expect(scientific(5.88e23)).toBe("5.9 × 10²³");
    expect(scientific(1e24)).toBe("10²⁴");
    expect(compact(6.7e9)).toBe("6.7B");
    expect(compact(1.4e12)).toBe("1.4T");
    expect(bytes(107.2e9)).toBe("107 GB");
    expect(round(Number.NaN)).toBe("—");
    expect(bytes(Number.POSITIVE_INFINITY)).toBe("—");
  });

  it("puts ticks on round values", () => {
    expect(linearTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(logTicks(1e18, 1e26, 5)).toEqual([1e18, 1e20, 1e22, 1e24, 1e26]);
  });
});
