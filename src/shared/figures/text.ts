/** Figure titles, one-line descriptions and value messages, in both languages. */
import type { Lang } from "../types";
import type { ParamSpec, ValueProblem } from "./params";
import type { FigureName } from "./registry";

export interface FigureText {
  title: string;
  /** One sentence: what the reader can do with it. */
  summary: string;
}

export const FIGURE_TEXT: Record<Lang, Record<FigureName, FigureText>> = {
  en: {
    "scaling-explorer": {
      title: "Scaling-law explorer",
      summary: "Pick a compute budget and compare how the KM and Chinchilla laws would split it between parameters and training tokens, with real models placed against the compute-optimal line.",
    },
    "training-memory": {
      title: "Training-memory calculator",
      summary: "Per-GPU memory of a training run — weights, gradients, optimizer states and activations — under mixed precision or FP32, the three ZeRO stages, offload and recomputation.",
    },
    "inference-cost": {
      title: "Inference-cost calculator",
      summary: "KV-cache size for a model configuration and context, and a roofline that shows why prefill is compute-bound and decoding memory-bound.",
    },
    "model-timeline": {
      title: "Model timeline",
      summary: "The survey's large language models by release date and size, open and closed, filterable by organisation.",
    },
    "decoding-strategies": {
      title: "Decoding strategies",
      summary: "Temperature, top-k and top-p applied to one next-token distribution: which tokens remain, and with what probability.",
    },
  },
  zh: {
    "scaling-explorer": {
      title: "扩展法则探索器",
      summary: "选定计算预算，比较 KM 法则与 Chinchilla 法则如何在参数量与训练词元数之间分配它，并把真实模型放到计算最优线旁对照。",
    },
    "training-memory": {
      title: "训练显存计算器",
      summary: "训练时每张 GPU 的显存：权重、梯度、优化器状态与激活值，可切换混合精度或 FP32、ZeRO 三个阶段、卸载与重计算。",
    },
    "inference-cost": {
      title: "推理开销计算器",
      summary: "给定模型配置与上下文长度时 KV 缓存的大小，以及一张屋顶线图，说明为何预填充受限于算力、解码受限于显存带宽。",
    },
    "model-timeline": {
      title: "模型时间线",
      summary: "综述中的大语言模型按发布时间与规模排布，区分开源与闭源，可按机构筛选。",
    },
    "decoding-strategies": {
      title: "解码策略",
      summary: "在同一个下一词元分布上施加温度、top-k 与 top-p：哪些词元留下，各自的概率是多少。",
    },
  },
};

export const FIGURE_UI = {
  en: {
    figure: (number: string) => `Figure ${number}`,
    figures: "Figures",
    figuresIntro: "Interactive figures built from the formulas and facts in the chapters. Each one has a page of its own; its settings live in the address, so a configured figure is a link you can share.",
    openOwnPage: "Open on its own page",
    placedIn: "Placed in",
    discussedIn: "Discussed in",
    permalink: (title: string) => `Link to “${title}”`,
    loading: "Loading the figure…",
    failed: "This figure could not be loaded. Check your connection and reload the page.",
    badQuery: "Some values in the address could not be used; the figure shows the defaults instead:",
    badInput: "Not used:",
    keptLast: "The figure keeps the last valid value.",
    dataTable: "Data table",
    reset: "Reset to defaults",
  },
  zh: {
    figure: (number: string) => `图 ${number}`,
    figures: "图表",
    figuresIntro: "根据各章中的公式与事实绘制的交互式图表。每张图都有自己的页面；设置保存在地址中，调好的图可以直接分享链接。",
    openOwnPage: "在单独页面中打开",
    placedIn: "所在位置",
    discussedIn: "相关讨论",
    permalink: (title: string) => `链接到“${title}”`,
    loading: "正在加载图表…",
    failed: "图表没能加载。请检查网络连接后刷新页面。",
    badQuery: "地址中的部分取值无法使用，图表改用默认值：",
    badInput: "未采用：",
    keptLast: "图表保留上一个有效值。",
    dataTable: "数据表",
    reset: "恢复默认值",
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** What a parameter accepts, for messages: "a whole number from 1 to 4096". */
export function expectedValue(spec: ParamSpec, lang: Lang): string {
  const n = (x: number) => (Math.abs(x) >= 1e6 ? x.toExponential().replace("e+", "e") : String(x));
  if (spec.kind === "number") {
    if (lang === "zh") return `${spec.integer ? "整数" : "数值"}，范围 ${n(spec.min)}–${n(spec.max)}`;
    return `${spec.integer ? "a whole number" : "a number"} from ${n(spec.min)} to ${n(spec.max)}`;
  }
  if (spec.kind === "bool") return lang === "zh" ? "0 或 1" : "0 or 1";
  if (spec.kind === "slug") return lang === "zh" ? "列表中某一项的小写名称" : "the lower-case name of an item in the list";
  const shown = spec.values.length > 8 ? [...spec.values.slice(0, 8), "…"] : spec.values;
  return lang === "zh" ? `以下之一：${shown.join("、")}` : `one of ${shown.join(", ")}`;
}

const REASONS: Record<Lang, Record<ValueProblem["reason"], string>> = {
  en: {
    empty: "empty",
    "not-a-number": "not a number",
    "not-an-integer": "not a whole number",
    "out-of-range": "out of range",
    "not-allowed": "not one of the choices",
    "unknown-parameter": "not a setting of this figure",
  },
  zh: {
    empty: "为空",
    "not-a-number": "不是数字",
    "not-an-integer": "不是整数",
    "out-of-range": "超出范围",
    "not-allowed": "不在可选项中",
    "unknown-parameter": "不是此图的设置项",
  },
};

/** `gpus=abc`: not a number (expected a whole number from 1 to 4096). */
export function describeProblem(problem: ValueProblem, spec: ParamSpec | undefined, lang: Lang): string {
  const raw = problem.raw.length > 24 ? `${problem.raw.slice(0, 23)}…` : problem.raw;
  const reason = REASONS[lang][problem.reason];
  const expected = spec ? expectedValue(spec, lang) : "";
  if (lang === "zh") return `${problem.key}=${raw}：${reason}${expected ? `（应为${expected}）` : ""}`;
  return `${problem.key}=${raw}: ${reason}${expected ? ` (expected ${expected})` : ""}`;
}
