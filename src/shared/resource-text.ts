/**
 * Words for papers, models, datasets and benchmarks in both languages: used by the build (card
 * subtitles) and by the bibliography and catalogue pages, so both say the same thing.
 */
import type { EntityFact, EntityKind, Lang } from "./types";

const en = {
  papers: "Papers",
  catalogue: { model: "Models", dataset: "Datasets", benchmark: "Benchmarks" } satisfies Record<EntityKind, string>,
  citedIn: (n: number) => (n === 0 ? "Not cited in the book" : `Cited in ${n} place${n === 1 ? "" : "s"}`),
  references: "References",
  openPaper: "Open the paper",
  newTab: "(opens in a new tab)",
  inBibliography: "See in the bibliography",
  inCatalogue: "See in the catalogue",
  access: { open: "open weights", closed: "closed" } as Record<string, string>,
  datasetKind: { "pre-training": "pre-training corpus", instruction: "instruction data", preference: "preference data" } as Record<string, string>,
  params: (b: number) => `${b}B parameters`,
  tokens: (t: string) => `${t} training tokens`,
  facts: {
    organisation: "Organisation",
    released: "Released",
    params: "Parameters",
    access: "Access",
    tokens: "Training tokens",
    datasetKind: "Kind",
    size: "Size",
    language: "Language",
    measures: "Measures",
    tasks: "Tasks",
    metric: "Metric",
  } satisfies Record<EntityFact, string>,
};

export type ResourceText = typeof en;

const zh: ResourceText = {
  papers: "论文",
  catalogue: { model: "模型", dataset: "数据集", benchmark: "评测基准" },
  citedIn: (n) => (n === 0 ? "书中未引用" : `在 ${n} 处被引用`),
  references: "参考文献",
  openPaper: "打开论文",
  newTab: "（在新标签页打开）",
  inBibliography: "在文献列表中查看",
  inCatalogue: "在目录中查看",
  access: { open: "开放权重", closed: "闭源" },
  datasetKind: { "pre-training": "预训练语料", instruction: "指令数据", preference: "偏好数据" },
  params: (b) => `${b}B 参数`,
  tokens: (t) => `${t} 训练词元`,
  facts: {
    organisation: "机构",
    released: "发布",
    params: "参数量",
    access: "开放性",
    tokens: "训练词元",
    datasetKind: "类型",
    size: "规模",
    language: "语言",
    measures: "考查内容",
    tasks: "任务",
    metric: "指标",
  },
};

export const RESOURCE_TEXT: Record<Lang, ResourceText> = { en, zh };
