/** Figure: the KM and Chinchilla scaling laws at a chosen compute budget, with real models placed. */
import { Fragment } from "react";
import { compact, round, scientific } from "../../../shared/figures/format";
import { FIGURES } from "../../../shared/figures/registry";
import { chinchillaOptimal, COMPUTE_RANGE, FLOPS_PER_PF_DAY, judgeModel, kmLossC, kmLossD, kmLossN, kmOptimal, TRAINED_MODELS } from "../../../shared/figures/scaling";
import type { Lang } from "../../../shared/types";
import { AxisBottom, AxisLeft, DataTable, Legend, MARGIN, NumberField, QueryNote, Slider, WIDTH } from "../chart/parts";
import { linePath, logScale, logSpace } from "../chart/scale";
import type { FigureProps } from "../types";
import { useFigureState } from "../use-figure-state";

const TEXT = {
  en: {
    budget: "Compute budget",
    exact: "Compute budget, exactly",
    flops: "FLOPs",
    pfDays: (v: string) => `${v} PF-days`,
    km: "KM (Kaplan et al.)",
    chinchilla: "Chinchilla (Hoffmann et al.)",
    n: "Parameters N*",
    d: "Training tokens D*",
    ratio: "Tokens per parameter",
    loss: "Predicted loss",
    lossN: "L(N) at N* (data ample)",
    lossD: "L(D) at D* (model ample)",
    nats: "nats/token",
    splitTitle: "Parameters and training tokens: the two laws' compute-optimal lines, the chosen budget, and real models",
    lossTitle: "Predicted loss of compute-optimal training against compute, for both laws",
    xN: "Parameters N",
    yD: "Training tokens D",
    xC: "Training compute C (FLOPs)",
    yL: "Loss (nats/token)",
    kmLine: "KM compute-optimal line",
    chLine: "Chinchilla compute-optimal line",
    iso: "Models the budget can train (6ND = C)",
    over: "Real model more than 3× the Chinchilla-optimal size for its compute (“over-sized”)",
    under: "Real model within 3× of the optimum, or smaller",
    summary: (c: string, kmN: string, kmD: string, chN: string, chD: string) =>
      `With ${c} FLOPs, the KM law suggests ${kmN} parameters on ${kmD} tokens; Chinchilla suggests ${chN} parameters on ${chD} tokens.`,
    caveat: "The two laws were fitted on different data and tokenizers, so their losses compare in slope, not in level. KM's N* is Kaplan et al.'s fit N = 1.3 × 10⁹ · C^0.73 (C in PF-days); D* is what the rest of the budget buys at C = 6ND. Chinchilla's fitted loss is flat near its optimum: Chinchilla itself is about 2.2× the fit's optimum for its own budget and loses under 0.01 nats/token to it, so only models more than 3× too large are marked over-sized.",
    table: "Real models and Chinchilla's optimum for their compute",
    model: "Model",
    compute: "Compute",
    optimalN: "Chinchilla-optimal N",
    verdict: "Size vs optimum",
    excess: "Loss above optimum",
    oversized: (x: string) => `${x}× over-sized`,
    ok: (x: string) => `${x}× (not over-sized)`,
  },
  zh: {
    budget: "计算预算",
    exact: "精确的计算预算",
    flops: "FLOPs",
    pfDays: (v: string) => `${v} PF-天`,
    km: "KM（Kaplan 等）",
    chinchilla: "Chinchilla（Hoffmann 等）",
    n: "参数量 N*",
    d: "训练词元数 D*",
    ratio: "每个参数对应的词元数",
    loss: "预测损失",
    lossN: "N* 处的 L(N)（数据充足时）",
    lossD: "D* 处的 L(D)（模型充足时）",
    nats: "奈特/词元",
    splitTitle: "参数量与训练词元数：两条定律的计算最优线、所选预算与真实模型",
    lossTitle: "两条定律下计算最优训练的预测损失随计算量的变化",
    xN: "参数量 N",
    yD: "训练词元数 D",
    xC: "训练计算量 C（FLOPs）",
    yL: "损失（奈特/词元）",
    kmLine: "KM 计算最优线",
    chLine: "Chinchilla 计算最优线",
    iso: "该预算能训练的模型（6ND = C）",
    over: "真实模型：超过其计算量下 Chinchilla 最优规模的 3 倍（“过大”）",
    under: "真实模型：在最优规模的 3 倍以内，或更小",
    summary: (c: string, kmN: string, kmD: string, chN: string, chD: string) =>
      `计算量为 ${c} FLOPs 时，KM 法则建议用 ${kmN} 参数训练 ${kmD} 词元；Chinchilla 建议 ${chN} 参数训练 ${chD} 词元。`,
    caveat: "两条定律拟合所用的数据与分词器不同，损失只可比较斜率，不可比较绝对值。KM 的 N* 取自 Kaplan 等的拟合 N = 1.3 × 10⁹ · C^0.73（C 以 PF-天计）；D* 是在 C = 6ND 下剩余预算能买到的词元数。Chinchilla 的拟合损失在最优点附近很平坦：Chinchilla 本身约为其预算下拟合最优规模的 2.2 倍，损失只高不到 0.01 奈特/词元，因此只把超过 3 倍的模型标为“过大”。",
    table: "真实模型及其计算量下的 Chinchilla 最优",
    model: "模型",
    compute: "计算量",
    optimalN: "Chinchilla 最优 N",
    verdict: "规模与最优之比",
    excess: "比最优高出的损失",
    oversized: (x: string) => `过大 ${x} 倍`,
    ok: (x: string) => `${x} 倍（未过大）`,
  },
} satisfies Record<Lang, unknown>;

/** Models named on the chart (the rest are in the data table), with the side their label goes. */
const LABELS: Record<string, "left" | "right"> = { "GPT-3": "left", Chinchilla: "right", "MT-NLG": "right", PaLM: "right", "LLaMA-7B": "left", "Qwen-14B": "left" };
const MODELS = TRAINED_MODELS.map(judgeModel);
const C_LINE = logSpace(COMPUTE_RANGE.min, COMPUTE_RANGE.max, 49);

export default function ScalingExplorer({ lang, base }: FigureProps) {
  const t = TEXT[lang];
  const { state, problems, specs, set, reset } = useFigureState("scaling-explorer", base);
  const C = state.compute as number;
  const km = kmOptimal(C);
  const ch = chinchillaOptimal(C);

  // Chart 1: N against D, both logarithmic.
  const h1 = 300;
  const x = logScale([1e7, 1e14], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = logScale([1e9, 1e14], [h1 - MARGIN.bottom, MARGIN.top]);
  const inside = (n: number, d: number) => n >= 1e7 && n <= 1e14 && d >= 1e9 && d <= 1e14;
  const line = (f: (c: number) => { N: number; D: number }) => linePath(C_LINE.map((c) => f(c)).filter((a) => inside(a.N, a.D)).map((a) => [x(a.N), y(a.D)] as const));
  const iso = linePath(logSpace(1e7, 1e14, 30).map((n) => [n, C / 6 / n] as const).filter(([n, d]) => inside(n, d)).map(([n, d]) => [x(n), y(d)] as const));

  // Chart 2: loss against compute, both logarithmic.
  const h2 = 230;
  const cx = logScale([COMPUTE_RANGE.min, COMPUTE_RANGE.max], [MARGIN.left, WIDTH - MARGIN.right]);
  const ly = logScale([1.2, 4], [h2 - MARGIN.bottom, MARGIN.top]);
  const kmLoss = linePath(C_LINE.map((c) => [cx(c), ly(kmLossC(c))] as const));
  const chLoss = linePath(C_LINE.map((c) => [cx(c), ly(chinchillaOptimal(c).loss)] as const));

  const pfDays = C / FLOPS_PER_PF_DAY;
  const log10C = Math.log10(C);
  const summary = t.summary(scientific(C), compact(km.N), compact(km.D), compact(ch.N), compact(ch.D));
  const card = (name: string, a: { N: number; D: number; loss: number }, cls: string, extra: [string, number][] = []) => (
    <div className={`fig-card ${cls}`}>
      <h4>{name}</h4>
      <dl>
        <dt>{t.n}</dt>
        <dd>{compact(a.N)}</dd>
        <dt>{t.d}</dt>
        <dd>{compact(a.D)}</dd>
        <dt>{t.ratio}</dt>
        <dd>{round(a.D / a.N, 2)}</dd>
        <dt>{t.loss}</dt>
        <dd>
          {round(a.loss)} {t.nats}
        </dd>
        {extra.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{round(value)}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );

  return (
    <div className="fig fig-scaling">
      <QueryNote lang={lang} problems={problems} specs={specs} onReset={reset} />
      <div className="fig-controls">
        <Slider
          label={t.budget}
          min={18}
          max={26}
          step={0.1}
          value={Math.round(log10C * 10) / 10}
          valueText={`${scientific(C)} ${t.flops} · ${t.pfDays(round(pfDays))}`}
          onChange={(v) => set({ compute: Number((10 ** v).toPrecision(2)) })}
        />
        <NumberField lang={lang} name="compute" label={t.exact} unit={t.flops} spec={FIGURES["scaling-explorer"].compute} value={C} onCommit={(v) => set({ compute: v })} />
      </div>
      <div className="fig-cards">
        {card(t.km, km, "fig-km", [
          [t.lossN, kmLossN(km.N)],
          [t.lossD, kmLossD(km.D)],
        ])}
        {card(t.chinchilla, ch, "fig-ch")}
      </div>
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${h1}`} role="img" aria-labelledby="fig-scaling-split fig-scaling-summary">
        <title id="fig-scaling-split">{t.splitTitle}</title>
        <AxisLeft scale={y} x={MARGIN.left} format={(v) => compact(v, 2)} label={t.yD} gridTo={WIDTH - MARGIN.right} />
        <AxisBottom scale={x} y={h1 - MARGIN.bottom} format={(v) => compact(v, 2)} label={t.xN} />
        <path className="fig-line fig-iso" d={iso} />
        <path className="fig-line fig-km-line" d={line(kmOptimal)} />
        <path className="fig-line fig-ch-line" d={line(chinchillaOptimal)} />
        {MODELS.map((m) => (
          <g key={m.name} className={m.oversized ? "fig-point fig-over" : "fig-point fig-under"} transform={`translate(${x(m.N).toFixed(1)},${y(m.D).toFixed(1)})`}>
            <circle r={4} />
            {LABELS[m.name] ? (
              <text x={LABELS[m.name] === "left" ? -7 : 7} dy="0.32em" textAnchor={LABELS[m.name] === "left" ? "end" : "start"}>
                {m.name}
              </text>
            ) : null}
          </g>
        ))}
        {inside(km.N, km.D) ? <circle className="fig-optimum fig-km-line" cx={x(km.N)} cy={y(km.D)} r={6} /> : null}
        {inside(ch.N, ch.D) ? <circle className="fig-optimum fig-ch-line" cx={x(ch.N)} cy={y(ch.D)} r={6} /> : null}
      </svg>
      <Legend
        items={[
          { key: "km", label: t.kmLine, swatch: "fig-km-line" },
          { key: "ch", label: t.chLine, swatch: "fig-ch-line" },
          { key: "iso", label: t.iso, swatch: "fig-iso" },
          { key: "over", label: t.over, swatch: "fig-over" },
          { key: "under", label: t.under, swatch: "fig-under" },
        ]}
      />
      <svg className="fig-chart" viewBox={`0 0 ${WIDTH} ${h2}`} role="img" aria-labelledby="fig-scaling-loss fig-scaling-summary">
        <title id="fig-scaling-loss">{t.lossTitle}</title>
        <AxisLeft scale={ly} x={MARGIN.left} format={(v) => round(v, 2)} label={t.yL} ticks={[1.5, 2, 3, 4]} gridTo={WIDTH - MARGIN.right} />
        <AxisBottom scale={cx} y={h2 - MARGIN.bottom} format={(v) => scientific(v, 1)} label={t.xC} ticks={[1e18, 1e20, 1e22, 1e24, 1e26]} />
        <path className="fig-line fig-km-line" d={kmLoss} />
        <path className="fig-line fig-ch-line" d={chLoss} />
        <line className="fig-marker" x1={cx(C)} x2={cx(C)} y1={MARGIN.top} y2={h2 - MARGIN.bottom} />
        <circle className="fig-optimum fig-km-line" cx={cx(C)} cy={ly(km.loss)} r={5} />
        <circle className="fig-optimum fig-ch-line" cx={cx(C)} cy={ly(ch.loss)} r={5} />
      </svg>
      <p className="fig-summary" id="fig-scaling-summary" aria-live="polite">
        {summary}
      </p>
      <p className="fig-assumption">{t.caveat}</p>
      <DataTable
        lang={lang}
        caption={t.table}
        head={[t.model, "N", "D", t.compute, t.ratio, t.optimalN, t.verdict, t.excess]}
        rows={MODELS.map((m) => [
          m.name,
          compact(m.N),
          compact(m.D),
          scientific(m.C),
          round(m.tokensPerParam, 2),
          compact(m.optimal.N),
          m.oversized ? t.oversized(round(m.sizeRatio, 2)) : t.ok(round(m.sizeRatio, 2)),
          round(m.excessLoss, 2),
        ])}
      />
    </div>
  );
}
