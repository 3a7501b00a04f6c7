/** Figure: the survey's models on a time axis, size on a log axis, open and closed, filterable. */
import { type KeyboardEvent, useRef, useState } from "react";
import tocs from "virtual:reader/toc";
import { Link } from "wouter";
import { compact, round } from "../../../shared/figures/format";
import { type AccessFilter, filterModels, MODELS, modelSlug, monthValue, organisations, type TimelineModel } from "../../../shared/figures/timeline";
import { routes } from "../../../shared/routes";
import type { ChapterId, Lang, SectionId } from "../../../shared/types";
import { AxisBottom, AxisLeft, DataTable, Legend, MARGIN, QueryNote, Select, WIDTH } from "../chart/parts";
import { linearScale, logScale } from "../chart/scale";
import type { FigureProps } from "../types";
import { useFigureState } from "../use-figure-state";

const TEXT = {
  en: {
    access: "Access",
    accesses: { all: "Open and closed", open: "Open (weights public)", closed: "Closed" },
    org: "Organisation",
    allOrgs: "All organisations",
    chart: "Large language models by release month and size",
    x: "Release (month of the paper)",
    y: "Parameters (billions)",
    undisclosed: "size undisclosed",
    open: "Open",
    closed: "Closed",
    shown: (n: number) => `${n} of ${MODELS.length} models shown.`,
    hint: "Select a point for details; arrow keys move between models.",
    none: "No model matches these filters.",
    details: (m: TimelineModel, lang: Lang) =>
      `${m.name}: ${month(m.released, lang)}, ${m.params_b === null ? "size undisclosed" : `${compact(m.params_b * 1e9)} parameters`}, ${m.access}${m.org ? `, ${m.org}` : ""}${m.tokens_b ? `, ${compact(m.tokens_b * 1e9)} training tokens` : ""}.`,
    discussed: "Discussed in",
    table: "Models in the timeline",
    model: "Model",
    released: "Released",
    size: "Size",
    tokens: "Tokens",
    unknown: "—",
  },
  zh: {
    access: "开放程度",
    accesses: { all: "开源与闭源", open: "开源（权重公开）", closed: "闭源" },
    org: "机构",
    allOrgs: "全部机构",
    chart: "大语言模型：发布时间与规模",
    x: "发布时间（论文发表月份）",
    y: "参数量（十亿）",
    undisclosed: "规模未公开",
    open: "开源",
    closed: "闭源",
    shown: (n: number) => `显示 ${MODELS.length} 个模型中的 ${n} 个。`,
    hint: "选择一个点查看详情；方向键可在模型间移动。",
    none: "没有符合筛选条件的模型。",
    details: (m: TimelineModel, lang: Lang) =>
      `${m.name}：${month(m.released, lang)}，${m.params_b === null ? "规模未公开" : `${compact(m.params_b * 1e9)} 参数`}，${m.access === "open" ? "开源" : "闭源"}${m.org ? `，${m.org}` : ""}${m.tokens_b ? `，训练词元 ${compact(m.tokens_b * 1e9)}` : ""}。`,
    discussed: "相关章节",
    table: "时间线中的模型",
    model: "模型",
    released: "发布",
    size: "规模",
    tokens: "词元",
    unknown: "—",
  },
} satisfies Record<Lang, unknown>;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function month(released: string, lang: Lang): string {
  const [year, m] = released.split("-");
  if (lang === "zh") return `${year} 年 ${Number(m)} 月`;
  // Not toLocaleDateString: the prerender (Node) and the browser must write the same text.
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** The route of the section that discusses a model, from the navigation tree. */
function sectionHref(lang: Lang, id: string | null): { href: string; label: string } | null {
  if (!id) return null;
  for (const chapter of tocs[lang].chapters) {
    const section = chapter.sections.find((s) => s.id === id);
    if (section) return { href: routes.section(lang, chapter.id as ChapterId, section.id as SectionId), label: `${section.number ?? ""} ${section.title}`.trim() };
  }
  return null;
}

const ORGS = organisations();
/** Models named on the chart (all are in the data table). */
const LABELS = new Set(["GPT-3", "GShard", "GLaM", "PaLM", "PanGu-Σ", "GPT-4", "BLOOM", "LLaMA"]);
const SORTED = [...MODELS].sort((a, b) => a.released.localeCompare(b.released) || (a.params_b ?? 1e9) - (b.params_b ?? 1e9));

export default function ModelTimeline({ lang, base }: FigureProps) {
  const t = TEXT[lang];
  const figure = useFigureState("model-timeline", base);
  const { state, specs, reset } = figure;
  // org and model are checked against the data here: an unknown one is reported like any bad value.
  const unknownOrg = state.org !== "all" && !ORGS.some((o) => modelSlug(o) === state.org);
  const unknownModel = state.model !== "none" && !MODELS.some((m) => modelSlug(m.name) === state.model);
  const problems = [
    ...figure.problems,
    ...(unknownOrg ? [{ key: "org", raw: String(state.org), reason: "not-allowed" as const }] : []),
    ...(unknownModel ? [{ key: "model", raw: String(state.model), reason: "not-allowed" as const }] : []),
  ];
  // The next change drops the unknown values from the address too.
  const set = (patch: Record<string, string>) => figure.set({ ...(unknownOrg ? { org: "all" } : {}), ...(unknownModel ? { model: "none" } : {}), ...patch });
  const svg = useRef<SVGSVGElement>(null);
  // The point under the pointer: its details show at once, without changing the address.
  const [hovered, setHovered] = useState<TimelineModel | null>(null);
  const access = state.access as AccessFilter;
  const org = unknownOrg ? "all" : (state.org as string);
  const shown = filterModels(SORTED, access, org);
  const selected = shown.find((m) => modelSlug(m.name) === state.model) ?? null;
  const active = selected ?? shown[0] ?? null;

  const h = 320;
  const top = MARGIN.top + 18;
  const x = linearScale([2019.5, 2024], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = logScale([5, 2000], [h - MARGIN.bottom, top]);
  const yOf = (m: TimelineModel) => (m.params_b === null ? MARGIN.top : y(m.params_b));

  const focusModel = (m: TimelineModel) => {
    set({ model: modelSlug(m.name) });
    requestAnimationFrame(() => svg.current?.querySelector<SVGElement>(`[data-model="${modelSlug(m.name)}"]`)?.focus());
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : e.key === "Home" ? -i : e.key === "End" ? shown.length - 1 - i : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = shown[Math.min(shown.length - 1, Math.max(0, i + step))];
    if (next) focusModel(next);
  };
  const shownDetails = (hovered && shown.includes(hovered) ? hovered : null) ?? selected;
  const discussed = shownDetails ? sectionHref(lang, shownDetails.section) : null;

  return (
    <div className="fig fig-timeline">
      <QueryNote lang={lang} problems={problems} specs={specs} onReset={reset} />
      <div className="fig-controls">
        <Select label={t.access} value={access} options={(["all", "open", "closed"] as const).map((k) => [k, t.accesses[k]] as const)} onChange={(v) => set({ access: v })} />
        <Select label={t.org} value={org} options={[["all", t.allOrgs] as const, ...ORGS.map((o) => [modelSlug(o), o] as const)]} onChange={(v) => set({ org: v })} />
      </div>
      <p className="fig-hint">
        {t.shown(shown.length)} {t.hint}
      </p>
      <svg ref={svg} className="fig-chart" viewBox={`0 0 ${WIDTH} ${h}`} role="group" aria-label={t.chart}>
        <AxisLeft scale={y} x={MARGIN.left} format={(v) => round(v)} label={t.y} ticks={[10, 100, 1000]} gridTo={WIDTH - MARGIN.right} />
        <AxisBottom scale={x} y={h - MARGIN.bottom} format={(v) => String(v)} label={t.x} ticks={[2020, 2021, 2022, 2023, 2024]} />
        <text className="fig-band-label" x={MARGIN.left + 4} y={MARGIN.top - 2} aria-hidden="true">
          {t.undisclosed}
        </text>
        {shown.length === 0 ? (
          <text className="fig-empty" x={WIDTH / 2} y={h / 2} textAnchor="middle">
            {t.none}
          </text>
        ) : null}
        {shown.map((m, i) => {
          const slug = modelSlug(m.name);
          const isActive = m === active;
          return (
            <g
              key={m.name}
              data-model={slug}
              className={`fig-point fig-${m.access}${m === selected ? " fig-selected" : ""}`}
              transform={`translate(${x(monthValue(m.released)).toFixed(1)},${yOf(m).toFixed(1)})`}
              role="button"
              tabIndex={isActive ? 0 : -1}
              aria-pressed={m === selected}
              aria-label={t.details(m, lang)}
              onClick={() => focusModel(m)}
              onMouseEnter={() => setHovered(m)}
              onMouseLeave={() => setHovered(null)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  set({ model: slug });
                } else onKey(e, i);
              }}
            >
              {m.access === "open" ? <circle r={5} /> : <rect x={-4.5} y={-4.5} width={9} height={9} transform="rotate(45)" />}
              {m === selected || LABELS.has(m.name) ? (
                <text x={7} dy="0.32em" aria-hidden="true">
                  {m.name}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <Legend
        items={[
          { key: "open", label: t.open, swatch: "fig-open" },
          { key: "closed", label: t.closed, swatch: "fig-closed" },
        ]}
      />
      <div className="fig-summary" aria-live="polite">
        {shownDetails ? (
          <p>
            {t.details(shownDetails, lang)}{" "}
            {discussed ? (
              <>
                {t.discussed}: <Link href={discussed.href}>{discussed.label}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <DataTable
        lang={lang}
        caption={t.table}
        head={[t.model, t.released, t.size, t.tokens, t.access, t.org, t.discussed]}
        rows={shown.map((m) => {
          const place = sectionHref(lang, m.section);
          return [
            m.name,
            month(m.released, lang),
            m.params_b === null ? t.unknown : compact(m.params_b * 1e9),
            m.tokens_b === null ? t.unknown : compact(m.tokens_b * 1e9),
            m.access === "open" ? t.open : t.closed,
            m.org ?? t.unknown,
            place ? (
              <Link key="l" href={place.href}>
                {place.label}
              </Link>
            ) : (
              t.unknown
            ),
          ];
        })}
      />
    </div>
  );
}
