/** Figure: per-GPU training memory under data parallelism, ZeRO 1–3, offload and recomputation. */
import { bytes, round } from "../../../shared/figures/format";
import { FIGURES } from "../../../shared/figures/registry";
import { GPU_MEMORY_GB, type Precision, trainingMemory, type TrainingConfig, type ZeroStage } from "../../../shared/figures/training-memory";
import type { Lang } from "../../../shared/types";
import { AxisBottom, DataTable, Legend, MARGIN, NumberField, QueryNote, Select, Toggle, WIDTH } from "../chart/parts";
import { linearScale } from "../chart/scale";
import type { FigureProps } from "../types";
import { useFigureState } from "../use-figure-state";

const PARTS = ["weights", "gradients", "optimizer", "activations", "other"] as const;

const TEXT = {
  en: {
    params: "Parameters",
    billions: "billions",
    gpus: "GPUs (data parallel)",
    gpu: "GPU",
    gpuNames: { "a100-40": "A100 40 GB", "a100-80": "A100 80 GB", "h100-80": "H100 80 GB", custom: "Custom" },
    mem: "GPU memory",
    precision: "Precision",
    precisions: { mixed: "Mixed (16-bit + FP32 Adam states)", fp32: "FP32" },
    zero: "ZeRO stage",
    zeroNames: ["0 — plain data parallelism", "1 — optimizer states", "2 — + gradients", "3 — + parameters"],
    offload: "Offload gradients and optimizer states to the CPU",
    seq: "Sequence length",
    batch: "Micro-batch per GPU",
    layers: "Layers",
    hidden: "Hidden size",
    recompute: "Activation recomputation (gradient checkpointing)",
    parts: { weights: "Weights", gradients: "Gradients", optimizer: "Optimizer states", activations: "Activations", other: "Framework and fragmentation" },
    rows: ["Data parallel", "ZeRO-1", "ZeRO-2", "ZeRO-3"],
    axis: "Memory per GPU (GB)",
    capacity: "GPU memory",
    chartTitle: "Memory per GPU for each ZeRO stage, stacked by kind",
    fits: (total: string, cap: string) => `Per GPU: ${total} of ${cap} — fits.`,
    overflows: (total: string, cap: string) => `Per GPU: ${total} of ${cap} — does not fit.`,
    states: (b: string, p: string) => `Model states ${b} (${p} bytes per parameter before sharding).`,
    cpu: (b: string) => `Offloaded to CPU memory: ${b} per GPU.`,
    assumption: "Activations follow the survey's Table 18 for a LLaMA-style layer (FFN size 8H/3 rounded to 256, heads of 128, 32,000-token vocabulary). “Other” is the low end of the survey's ranges: PyTorch 1 GB, a distributed framework 1 GB, fragmentation 0.5 GB.",
    table: "Per-GPU memory by ZeRO stage",
    stage: "Stage",
    total: "Total",
  },
  zh: {
    params: "参数量",
    billions: "十亿",
    gpus: "GPU 数（数据并行）",
    gpu: "GPU",
    gpuNames: { "a100-40": "A100 40 GB", "a100-80": "A100 80 GB", "h100-80": "H100 80 GB", custom: "自定义" },
    mem: "单卡显存",
    precision: "精度",
    precisions: { mixed: "混合精度（16 位 + FP32 Adam 状态）", fp32: "FP32" },
    zero: "ZeRO 阶段",
    zeroNames: ["0 — 普通数据并行", "1 — 切分优化器状态", "2 — 再切分梯度", "3 — 再切分参数"],
    offload: "把梯度与优化器状态卸载到 CPU",
    seq: "序列长度",
    batch: "每卡微批大小",
    layers: "层数",
    hidden: "隐藏维度",
    recompute: "激活重计算（梯度检查点）",
    parts: { weights: "权重", gradients: "梯度", optimizer: "优化器状态", activations: "激活值", other: "框架与碎片" },
    rows: ["数据并行", "ZeRO-1", "ZeRO-2", "ZeRO-3"],
    axis: "每卡显存（GB）",
    capacity: "GPU 显存",
    chartTitle: "各 ZeRO 阶段下每张 GPU 的显存，按类别堆叠",
    fits: (total: string, cap: string) => `每卡：${total} / ${cap}，放得下。`,
    overflows: (total: string, cap: string) => `每卡：${total} / ${cap}，放不下。`,
    states: (b: string, p: string) => `模型状态 ${b}（切分前每个参数 ${p} 字节）。`,
    cpu: (b: string) => `卸载到 CPU 内存：每卡 ${b}。`,
    assumption: "激活值按综述表 18 估算，层结构取 LLaMA 式（FFN 维度为 8H/3 并取整到 256 的倍数，每头 128 维，词表 32,000）。“其他”取综述所给范围的下限：PyTorch 1 GB、分布式框架 1 GB、碎片 0.5 GB。",
    table: "各 ZeRO 阶段的每卡显存",
    stage: "阶段",
    total: "合计",
  },
} satisfies Record<Lang, unknown>;

const SPECS = FIGURES["training-memory"];

export default function TrainingMemory({ lang, base }: FigureProps) {
  const t = TEXT[lang];
  const { state, problems, specs, set, reset } = useFigureState("training-memory", base);
  const gpu = state.gpu as keyof typeof GPU_MEMORY_GB | "custom";
  const config = (zero: ZeroStage): TrainingConfig => ({
    paramsB: state.params as number,
    gpus: state.gpus as number,
    gpuMemGB: gpu === "custom" ? (state.mem as number) : GPU_MEMORY_GB[gpu],
    precision: state.precision as Precision,
    zero,
    offload: state.offload as boolean,
    seq: state.seq as number,
    batch: state.batch as number,
    layers: state.layers as number,
    hidden: state.hidden as number,
    recompute: state.recompute as boolean,
  });
  const stages = ([0, 1, 2, 3] as const).map((z) => trainingMemory(config(z)));
  const zero = state.zero as ZeroStage;
  const current = stages[zero] ?? stages[0]!;
  const capacity = current.capacity;
  const max = Math.max(capacity, ...stages.map((s) => s.total)) * 1.08;

  const rowH = 34;
  const top = MARGIN.top + 4;
  const height = top + stages.length * rowH + MARGIN.bottom;
  const left = 124;
  const x = linearScale([0, max / 1e9], [left, WIDTH - MARGIN.right]);
  const statesBytes = current.perGpu.weights + current.perGpu.gradients + current.perGpu.optimizer + current.cpu;
  const perParam = config(zero).precision === "mixed" ? "2 + 2 + 12" : "4 + 4 + 8";
  const summary = [
    (current.fits ? t.fits : t.overflows)(bytes(current.total), bytes(capacity)),
    t.states(bytes(statesBytes), perParam),
    current.cpu > 0 ? t.cpu(bytes(current.cpu)) : "",
  ].join(" ");
  const field = (key: "params" | "gpus" | "mem" | "seq" | "batch" | "layers" | "hidden", label: string, unit?: string) => (
    <NumberField lang={lang} name={key} label={label} unit={unit} spec={SPECS[key]} value={state[key] as number} onCommit={(v) => set({ [key]: v })} />
  );

  return (
    <div className="fig fig-memory">
      <QueryNote lang={lang} problems={problems} specs={specs} onReset={reset} />
      <div className="fig-controls">
        {field("params", t.params, t.billions)}
        {field("gpus", t.gpus)}
        <Select label={t.gpu} value={gpu} options={(Object.keys(t.gpuNames) as (keyof typeof t.gpuNames)[]).map((k) => [k, t.gpuNames[k]] as const)} onChange={(v) => set({ gpu: v })} />
        {gpu === "custom" ? field("mem", t.mem, "GB") : null}
        <Select label={t.precision} value={state.precision as Precision} options={[["mixed", t.precisions.mixed], ["fp32", t.precisions.fp32]]} onChange={(v) => set({ precision: v })} />
        <Select label={t.zero} value={String(zero)} options={t.zeroNames.map((name, i) => [String(i), name] as const)} onChange={(v) => set({ zero: Number(v) })} />
        {field("seq", t.seq)}
        {field("batch", t.batch)}
        {field("layers", t.layers)}
        {field("hidden", t.hidden)}
        <Toggle label={t.offload} checked={state.offload as boolean} onChange={(v) => set({ offload: v })} />
        <Toggle label={t.recompute} checked={state.recompute as boolean} onChange={(v) => set({ recompute: v })} />
      </div>
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="fig-memory-title fig-memory-summary">
        <title id="fig-memory-title">{t.chartTitle}</title>
        {stages.map((stage, i) => {
          let at = 0;
          const y = top + i * rowH;
          return (
            <g key={i} className={i === zero ? "fig-row fig-row-current" : "fig-row"}>
              <text className="fig-row-label" x={left - 8} y={y + rowH / 2} dy="0.32em" textAnchor="end">
                {t.rows[i]}
              </text>
              {PARTS.map((part) => {
                const value = stage.perGpu[part] / 1e9;
                const x0 = x(at);
                at += value;
                return value > 0 ? <rect key={part} className={`fig-fill-${part}`} x={x0} y={y + 5} width={Math.max(0, x(at) - x0)} height={rowH - 10} /> : null;
              })}
              {i === zero ? <rect className="fig-row-outline" x={left} y={y + 3} width={Math.max(0, x(stage.total / 1e9) - left)} height={rowH - 6} /> : null}
            </g>
          );
        })}
        <line className="fig-capacity" x1={x(capacity / 1e9)} x2={x(capacity / 1e9)} y1={top - 4} y2={top + stages.length * rowH} />
        <text className="fig-capacity-label" x={x(capacity / 1e9)} y={top - 6} textAnchor={x(capacity / 1e9) > WIDTH - 90 ? "end" : "middle"}>
          {t.capacity} {round(capacity / 1e9)} GB
        </text>
        <AxisBottom scale={x} y={top + stages.length * rowH} format={(v) => round(v)} label={t.axis} />
      </svg>
      <Legend items={PARTS.map((part) => ({ key: part, label: t.parts[part], swatch: `fig-fill-${part}` }))} />
      <p className="fig-summary" id="fig-memory-summary" aria-live="polite">
        {summary}
      </p>
      <p className="fig-assumption">{t.assumption}</p>
      <DataTable
        lang={lang}
        caption={t.table}
        head={[t.stage, ...PARTS.map((p) => t.parts[p]), t.total]}
        rows={stages.map((s, i) => [t.rows[i], ...PARTS.map((p) => bytes(s.perGpu[p])), bytes(s.total)])}
      />
    </div>
  );
}
