import type { Lang } from "../../shared/types";

const en = {
  intro: {
    model: "The language models the book names, with the facts we have verified (a dash where a fact is not known to us) and every section that discusses each one.",
    dataset: "The corpora and datasets the book names — for pre-training, instruction tuning and alignment — and every section that discusses each one.",
    benchmark: "The benchmarks the book names, what each measures, and every section that discusses it.",
  },
  filter: "Filter",
  filterPlaceholder: "Name, organisation, description…",
  sort: "Sort by",
  sorts: { discussed: "Most discussed", name: "Name", released: "Newest", params: "Most parameters" },
  shown: (n: number, total: number) => `${n} of ${total}`,
  none: "Nothing matches this filter.",
  name: "Name",
  discussedIn: "Discussed in",
  places: (n: number) => `${n} section${n === 1 ? "" : "s"}`,
  nowhere: "Not linked in the chapters yet",
  paper: "Paper",
  unknown: "not known",
};

export const CATALOGUE_TEXT: Record<Lang, typeof en> = {
  en,
  zh: {
    intro: {
      model: "本书提到的语言模型：列出我们核实过的事实（未知之处以短横表示），以及讨论每个模型的所有小节。",
      dataset: "本书提到的语料与数据集（用于预训练、指令微调和对齐），以及讨论每个数据集的所有小节。",
      benchmark: "本书提到的评测基准、各自考查的内容，以及讨论它的所有小节。",
    },
    filter: "筛选",
    filterPlaceholder: "名称、机构、简介…",
    sort: "排序",
    sorts: { discussed: "讨论最多", name: "名称", released: "最新", params: "参数最多" },
    shown: (n, total) => `共 ${total} 项，显示 ${n} 项`,
    none: "没有符合筛选条件的条目。",
    name: "名称",
    discussedIn: "讨论位置",
    places: (n) => `${n} 个小节`,
    nowhere: "章节中尚未提到",
    paper: "论文",
    unknown: "未知",
  },
};
