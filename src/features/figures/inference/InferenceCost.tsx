/** Figure: KV-cache size and a roofline that places prefill and decoding of a model on an A100 or H100. */
import { bytes, compact, round } from "../../../shared/figures/format";
import { attainable, decodeStep, DTYPE_BYTES, type Dtype, HARDWARE, type HardwareName, kvBytesPerToken, kvCacheBytes, type ModelShape, operations, parameterCount, PRESETS, type PresetName, ridgePoint } from "../../../shared/figures/inference";
import { FIGURES } from "../../../shared/figures/registry";
import { llamaShape } from "../../../shared/figures/training-memory";
import type { Lang } from "../../../shared/types";
import { AxisBottom, AxisLeft, DataTable, Legend, MARGIN, NumberField, QueryNote, Select, WIDTH } from "../chart/parts";
import { linePath, logScale } from "../chart/scale";
import type { FigureProps } from "../types";
import { useFigureState } from "../use-figure-state";

const TEXT = {
  en: {
    model: "Model",
    presets: { "llama-2-7b": "LLaMA-2-7B (MHA)", "llama-2-13b": "LLaMA-2-13B (MHA)", "llama-2-70b": "LLaMA-2-70B (GQA, 8 KV heads)", custom: "Custom" },
    layers: "Layers",
    heads: "Query heads",
    kv: "Key/value heads",
    dim: "Head dimension",
    dtype: "KV-cache precision",
    dtypes: { fp16: "FP16/BF16 (2 bytes)", fp8: "8-bit (1 byte)", fp32: "FP32 (4 bytes)" },
    tokens: "Context length (tokens)",
    batch: "Batch (sequences)",
    hw: "GPU",
    hws: { a100: "A100 (312 TFLOP/s, 2,039 GB/s)", h100: "H100 SXM (989 TFLOP/s, 3,350 GB/s)" },
    perToken: "KV cache per token",
    cache: "KV cache",
    weights: "Weights (16-bit)",
    params: "Parameters",
    step: "Decoding step, at least",
    rate: "Tokens per second, at most",
    memory: "Memory used",
    rooflineTitle: "Roofline of the chosen GPU with the prefill and decoding operations placed on it",
    x: "Arithmetic intensity (FLOP/byte)",
    y: "Attainable TFLOP/s",
    roof: "Roofline: min(peak, intensity × bandwidth)",
    ridge: (v: string) => `ridge ${v}`,
    ops: { "prefill-linear": "Prefill, linear layers", "prefill-attention": "Prefill, attention", "decode-linear": "Decoding, linear layers", "decode-attention": "Decoding, attention" },
    bound: { memory: "memory-bound", compute: "compute-bound" },
    summary: (decodeL: string, decodeA: string, prefillL: string, prefillA: string, ridge: string, gpu: string) =>
      `Decoding runs its linear layers at ${decodeL} FLOP/byte and attention at ${decodeA}, far below the ${gpu}'s ridge point of ${ridge}: memory-bound. Prefill reaches ${prefillL} and ${prefillA}: at or above the ridge, compute-bound.`,
    overflow: "Weights and KV cache exceed one GPU's 80 GB: the model must be split across GPUs or the cache shortened.",
    kvClamped: "There cannot be more key/value heads than query heads; the figure uses as many as there are query heads.",
    note: "Intensities follow the survey's Tables 19–20 with their constant factors dropped (as the survey does); for shared key/value heads we divide the cache traffic by the group size. The step time assumes every weight and the whole cache are read once per step.",
    table: "Operations on the roofline",
    op: "Operation",
    intensity: "Intensity",
    tflops: "Attainable TFLOP/s",
    boundCol: "Bound",
  },
  zh: {
    model: "模型",
    presets: { "llama-2-7b": "LLaMA-2-7B（多头注意力）", "llama-2-13b": "LLaMA-2-13B（多头注意力）", "llama-2-70b": "LLaMA-2-70B（GQA，8 个 KV 头）", custom: "自定义" },
    layers: "层数",
    heads: "查询头数",
    kv: "键/值头数",
    dim: "每头维度",
    dtype: "KV 缓存精度",
    dtypes: { fp16: "FP16/BF16（2 字节）", fp8: "8 位（1 字节）", fp32: "FP32（4 字节）" },
    tokens: "上下文长度（词元）",
    batch: "批大小（序列数）",
    hw: "GPU",
    hws: { a100: "A100（312 TFLOP/s，2,039 GB/s）", h100: "H100 SXM（989 TFLOP/s，3,350 GB/s）" },
    perToken: "每个词元的 KV 缓存",
    cache: "KV 缓存",
    weights: "权重（16 位）",
    params: "参数量",
    step: "每个解码步至少耗时",
    rate: "每秒词元数至多",
    memory: "占用显存",
    rooflineTitle: "所选 GPU 的屋顶线，以及预填充与解码各操作所处的位置",
    x: "算术强度（FLOP/字节）",
    y: "可达 TFLOP/s",
    roof: "屋顶线：min(峰值, 强度 × 带宽)",
    ridge: (v: string) => `拐点 ${v}`,
    ops: { "prefill-linear": "预填充·线性层", "prefill-attention": "预填充·注意力", "decode-linear": "解码·线性层", "decode-attention": "解码·注意力" },
    bound: { memory: "受限于显存带宽", compute: "受限于算力" },
    summary: (decodeL: string, decodeA: string, prefillL: string, prefillA: string, ridge: string, gpu: string) =>
      `解码时线性层的算术强度为 ${decodeL} FLOP/字节，注意力为 ${decodeA}，远低于 ${gpu} 的拐点 ${ridge}：受限于显存带宽。预填充达到 ${prefillL} 和 ${prefillA}：接近或高于拐点，受限于算力。`,
    overflow: "权重与 KV 缓存超出单卡 80 GB：需要把模型切分到多张 GPU，或缩短缓存。",
    kvClamped: "键/值头数不能多于查询头数；图中按查询头数计算。",
    note: "算术强度按综述表 19–20 计算，并像综述一样略去常数因子；对共享键/值头的情形，我们把缓存读写量除以分组大小。解码步耗时假设每步把全部权重与整个缓存各读一次。",
    table: "屋顶线上的各操作",
    op: "操作",
    intensity: "强度",
    tflops: "可达 TFLOP/s",
    boundCol: "瓶颈",
  },
} satisfies Record<Lang, unknown>;

const SPECS = FIGURES["inference-cost"];

export default function InferenceCost({ lang, base }: FigureProps) {
  const t = TEXT[lang];
  const { state, problems, specs, set, reset } = useFigureState("inference-cost", base);
  const preset = state.model as PresetName | "custom";
  const custom: ModelShape = (() => {
    const heads = state.heads as number;
    const dim = state.dim as number;
    const shape = llamaShape(heads * dim, state.layers as number, 1, 1);
    return { layers: state.layers as number, heads, kvHeads: Math.min(state.kv as number, heads), headDim: dim, ffn: shape.ffn, vocab: shape.vocab };
  })();
  const model: ModelShape = preset === "custom" ? custom : PRESETS[preset];
  const kvClamped = preset === "custom" && (state.kv as number) > (state.heads as number);
  const tokens = state.tokens as number;
  const batch = state.batch as number;
  const dtype = state.dtype as Dtype;
  const hwName = state.hw as HardwareName;
  const hw = HARDWARE[hwName];
  const ops = operations(model, tokens, batch);
  const step = decodeStep(model, tokens, batch, hw, dtype);
  const ridge = ridgePoint(hw);

  const h = 300;
  const x = logScale([0.5, 2e4], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = logScale([1e11, 2e15], [h - MARGIN.bottom, MARGIN.top]);
  const roof = linePath([0.5, ridge, 2e4].map((i) => [x(i), y(attainable(hw, i))] as const));
  const bound = (i: number) => (i < ridge ? "memory" : "compute");
  const byId = Object.fromEntries(ops.map((o) => [o.id, o.intensity]));
  const gpuShort = hwName === "a100" ? "A100" : "H100";
  const summary = t.summary(round(byId["decode-linear"] ?? 0), round(byId["decode-attention"] ?? 0), round(byId["prefill-linear"] ?? 0, 4), round(byId["prefill-attention"] ?? 0, 4), round(ridge, 4), gpuShort);

  // Editing one dimension of a preset turns it into a custom model with the preset's other values.
  const editShape = (key: "layers" | "heads" | "kv" | "dim") => (v: number) =>
    set({ model: "custom", layers: model.layers, heads: model.heads, kv: model.kvHeads, dim: model.headDim, [key]: v });
  const shapeField = (key: "layers" | "heads" | "kv" | "dim", label: string, value: number) => (
    <NumberField key={`${preset}-${key}`} lang={lang} name={key} label={label} spec={SPECS[key]} value={value} onCommit={editShape(key)} />
  );
  const memMax = Math.max(80e9, step.weightBytes + step.cacheBytes) * 1.05;
  const mx = (v: number) => MARGIN.left + (v / memMax) * (WIDTH - MARGIN.left - MARGIN.right);

  return (
    <div className="fig fig-inference">
      <QueryNote lang={lang} problems={problems} specs={specs} onReset={reset} />
      <div className="fig-controls">
        <Select label={t.model} value={preset} options={(Object.keys(t.presets) as (keyof typeof t.presets)[]).map((k) => [k, t.presets[k]] as const)} onChange={(v) => (v === "custom" ? set({ model: v, layers: model.layers, heads: model.heads, kv: model.kvHeads, dim: model.headDim }) : set({ model: v }))} />
        {shapeField("layers", t.layers, model.layers)}
        {shapeField("heads", t.heads, model.heads)}
        {shapeField("kv", t.kv, preset === "custom" ? (state.kv as number) : model.kvHeads)}
        {shapeField("dim", t.dim, model.headDim)}
        <Select label={t.dtype} value={dtype} options={(Object.keys(DTYPE_BYTES) as Dtype[]).map((k) => [k, t.dtypes[k]] as const)} onChange={(v) => set({ dtype: v })} />
        <NumberField lang={lang} name="tokens" label={t.tokens} spec={SPECS.tokens} value={tokens} onCommit={(v) => set({ tokens: v })} />
        <NumberField lang={lang} name="batch" label={t.batch} spec={SPECS.batch} value={batch} onCommit={(v) => set({ batch: v })} />
        <Select label={t.hw} value={hwName} options={(Object.keys(HARDWARE) as HardwareName[]).map((k) => [k, t.hws[k]] as const)} onChange={(v) => set({ hw: v })} />
      </div>
      {kvClamped ? <p className="fig-error">{t.kvClamped}</p> : null}
      <dl className="fig-stats">
        <div>
          <dt>{t.params}</dt>
          <dd>{compact(parameterCount(model))}</dd>
        </div>
        <div>
          <dt>{t.perToken}</dt>
          <dd>{bytes(kvBytesPerToken(model, dtype))}</dd>
        </div>
        <div>
          <dt>{t.cache}</dt>
          <dd>{bytes(kvCacheBytes(model, tokens, batch, dtype))}</dd>
        </div>
        <div>
          <dt>{t.step}</dt>
          <dd>{round(step.seconds * 1000)} ms</dd>
        </div>
        <div>
          <dt>{t.rate}</dt>
          <dd>{round(step.tokensPerSecond)}</dd>
        </div>
      </dl>
      <svg className="fig-chart fig-membar" viewBox={`0 0 ${WIDTH} 64`} role="img" aria-labelledby="fig-inference-mem">
        <title id="fig-inference-mem">{`${t.memory}: ${t.weights} ${bytes(step.weightBytes)}, ${t.cache} ${bytes(step.cacheBytes)} / 80 GB`}</title>
        <rect className="fig-fill-weights" x={mx(0)} y={8} width={mx(step.weightBytes) - mx(0)} height={22} />
        <rect className="fig-fill-activations" x={mx(step.weightBytes)} y={8} width={mx(step.weightBytes + step.cacheBytes) - mx(step.weightBytes)} height={22} />
        <line className="fig-capacity" x1={mx(80e9)} x2={mx(80e9)} y1={2} y2={36} />
        <text className="fig-capacity-label" x={mx(80e9)} y={52} textAnchor="middle">
          80 GB
        </text>
      </svg>
      <Legend
        items={[
          { key: "w", label: `${t.weights}: ${bytes(step.weightBytes)}`, swatch: "fig-fill-weights" },
          { key: "c", label: `${t.cache}: ${bytes(step.cacheBytes)}`, swatch: "fig-fill-activations" },
        ]}
      />
      {step.overflows ? <p className="fig-error">{t.overflow}</p> : null}
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${h}`} role="img" aria-labelledby="fig-inference-roof fig-inference-summary">
        <title id="fig-inference-roof">{t.rooflineTitle}</title>
        <AxisLeft scale={y} x={MARGIN.left} format={(v) => round(v / 1e12, 2)} label={t.y} ticks={[1e11, 1e12, 1e13, 1e14, 1e15]} gridTo={WIDTH - MARGIN.right} />
        <AxisBottom scale={x} y={h - MARGIN.bottom} format={(v) => round(v)} label={t.x} ticks={[1, 10, 100, 1000, 10000]} />
        <path className="fig-line fig-roof" d={roof} />
        <line className="fig-marker" x1={x(ridge)} x2={x(ridge)} y1={y(hw.peak)} y2={h - MARGIN.bottom} />
        <text className="fig-ridge-label" x={x(ridge) + 4} y={y(hw.peak) + 14}>
          {t.ridge(round(ridge, 4))}
        </text>
        {ops.map((o) => (
          <g key={o.id} className={`fig-point fig-op fig-${o.stage}`} transform={`translate(${x(Math.min(Math.max(o.intensity, 0.5), 2e4)).toFixed(1)},${y(attainable(hw, o.intensity)).toFixed(1)})`}>
            {o.id.endsWith("attention") ? <rect x={-5} y={-5} width={10} height={10} /> : <circle r={5} />}
          </g>
        ))}
      </svg>
      <Legend
        items={[
          { key: "roof", label: t.roof, swatch: "fig-roof" },
          { key: "prefill", label: `${t.ops["prefill-linear"]} ● / ${t.ops["prefill-attention"]} ■`, swatch: "fig-prefill" },
          { key: "decode", label: `${t.ops["decode-linear"]} ● / ${t.ops["decode-attention"]} ■`, swatch: "fig-decode" },
        ]}
      />
      <p className="fig-summary" id="fig-inference-summary" aria-live="polite">
        {summary}
      </p>
      <p className="fig-assumption">{t.note}</p>
      <DataTable
        lang={lang}
        caption={t.table}
        head={[t.op, t.intensity, t.tflops, t.boundCol]}
        rows={ops.map((o) => [t.ops[o.id], round(o.intensity, 4), round(attainable(hw, o.intensity) / 1e12, 3), t.bound[bound(o.intensity)]])}
      />
    </div>
  );
}
