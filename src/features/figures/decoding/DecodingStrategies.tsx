/** Figure: temperature, top-k and top-p applied to one next-token distribution. */
import { percent, round } from "../../../shared/figures/format";
import { CUP_OF, GREEDY_T, sample } from "../../../shared/figures/decoding";
import type { Lang } from "../../../shared/types";
import { AxisLeft, DataTable, Legend, MARGIN, QueryNote, Slider, WIDTH } from "../chart/parts";
import { linearScale } from "../chart/scale";
import type { FigureProps } from "../types";
import { useFigureState } from "../use-figure-state";

const TEXT = {
  en: {
    prompt: "Next token after “I poured myself a cup of …”",
    t: "Temperature t",
    greedy: "0 (greedy)",
    k: "Top-k",
    all: "all",
    p: "Top-p",
    model: "Model's probability",
    tempered: "After temperature",
    final: "Sampled from (kept tokens, renormalised)",
    chart: "Probability of each candidate token before and after temperature, top-k and top-p",
    y: "Probability",
    summary: (kept: string[], top: string, pTop: string) =>
      kept.length === 1 ? `Only “${top}” remains: decoding is greedy.` : `${kept.length} tokens remain (${kept.join(", ")}); “${top}” is drawn with probability ${pTop}.`,
    note: "Tea, coffee and water carry the probabilities of the chapter's example; the five tail tokens (the rest of the mass, 0.15) are our own illustration. Order of the steps: temperature, then top-k, then top-p.",
    table: "Candidate tokens and their probabilities",
    token: "Token",
    kept: "Kept",
    yes: "yes",
    no: "no",
  },
  zh: {
    prompt: "“我给自己倒了一杯……”之后的下一个词元",
    t: "温度 t",
    greedy: "0（贪心）",
    k: "Top-k",
    all: "全部",
    p: "Top-p",
    model: "模型给出的概率",
    tempered: "施加温度后",
    final: "实际采样分布（保留的词元，重新归一化）",
    chart: "各候选词元在施加温度、top-k 与 top-p 前后的概率",
    y: "概率",
    summary: (kept: string[], top: string, pTop: string) =>
      kept.length === 1 ? `只剩“${top}”：等同于贪心解码。` : `保留 ${kept.length} 个词元（${kept.join("、")}）；抽到“${top}”的概率为 ${pTop}。`,
    note: "茶、咖啡、水的概率取自本章的例子；其余五个长尾词元（合计 0.15）是我们自己的示意。步骤顺序：先温度，再 top-k，最后 top-p。",
    table: "候选词元及其概率",
    token: "词元",
    kept: "保留",
    yes: "是",
    no: "否",
  },
} satisfies Record<Lang, unknown>;

const PROBS = CUP_OF.map((c) => c.p);

export default function DecodingStrategies({ lang, base }: FigureProps) {
  const tx = TEXT[lang];
  const { state, problems, specs, set, reset } = useFigureState("decoding-strategies", base);
  const t = state.t as number;
  const k = state.k as number;
  const p = state.p as number;
  const result = sample(PROBS, { t, k, p });
  const names = CUP_OF.map((c) => c.token[lang]);
  const kept = names.filter((_, i) => result.kept[i]);
  const topIndex = result.final.indexOf(Math.max(...result.final));

  const h = 260;
  const plotLeft = MARGIN.left;
  const band = (WIDTH - MARGIN.right - plotLeft) / names.length;
  const y = linearScale([0, 1], [h - MARGIN.bottom, MARGIN.top]);
  const bar = (i: number, value: number, offset: number, cls: string) => {
    const x0 = plotLeft + i * band + 4 + offset * ((band - 8) / 3);
    return <rect className={cls} x={x0} y={y(value)} width={(band - 8) / 3 - 1} height={Math.max(0, y(0) - y(value))} />;
  };

  return (
    <div className="fig fig-decoding">
      <QueryNote lang={lang} problems={problems} specs={specs} onReset={reset} />
      <p className="fig-hint">{tx.prompt}</p>
      <div className="fig-controls">
        <Slider label={tx.t} min={0} max={2} step={0.05} value={t} valueText={t < GREEDY_T ? tx.greedy : round(t, 3)} onChange={(v) => set({ t: v })} />
        <Slider label={tx.k} min={1} max={8} step={1} value={k} valueText={k >= 8 ? `${k} (${tx.all})` : String(k)} onChange={(v) => set({ k: v })} />
        <Slider label={tx.p} min={0.05} max={1} step={0.05} value={p} valueText={round(p, 3)} onChange={(v) => set({ p: v })} />
      </div>
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${h}`} role="img" aria-labelledby="fig-decoding-title fig-decoding-summary">
        <title id="fig-decoding-title">{tx.chart}</title>
        <AxisLeft scale={y} x={plotLeft} format={(v) => round(v, 2)} label={tx.y} ticks={[0, 0.25, 0.5, 0.75, 1]} gridTo={WIDTH - MARGIN.right} />
        {names.map((name, i) => (
          <g key={name} className={result.kept[i] ? "fig-token" : "fig-token fig-dropped"}>
            {bar(i, PROBS[i] ?? 0, 0, "fig-fill-weights")}
            {bar(i, result.tempered[i] ?? 0, 1, "fig-fill-gradients")}
            {bar(i, result.final[i] ?? 0, 2, "fig-fill-optimizer")}
            <text className="fig-tick-label" x={plotLeft + (i + 0.5) * band} y={h - MARGIN.bottom + 16} textAnchor="middle">
              {name}
            </text>
          </g>
        ))}
        <line className="fig-axis-line" x1={plotLeft} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
      </svg>
      <Legend
        items={[
          { key: "m", label: tx.model, swatch: "fig-fill-weights" },
          { key: "t", label: tx.tempered, swatch: "fig-fill-gradients" },
          { key: "f", label: tx.final, swatch: "fig-fill-optimizer" },
        ]}
      />
      <p className="fig-summary" id="fig-decoding-summary" aria-live="polite">
        {tx.summary(kept, names[topIndex] ?? "", percent(result.final[topIndex] ?? 0, 3))}
      </p>
      <p className="fig-assumption">{tx.note}</p>
      <DataTable
        lang={lang}
        caption={tx.table}
        head={[tx.token, tx.model, tx.tempered, tx.final, tx.kept]}
        rows={names.map((name, i) => [name, percent(PROBS[i] ?? 0, 3), percent(result.tempered[i] ?? 0, 3), percent(result.final[i] ?? 0, 3), result.kept[i] ? tx.yes : tx.no])}
      />
    </div>
  );
}
