import type { Lang } from "../../shared/types";

const en = {
  intro: "Every paper the book cites, with the places that cite it. Filter by words, years or chapter; copy a BibTeX entry or download them all.",
  filter: "Filter papers",
  filterPlaceholder: "Title, author, venue…",
  from: "From year",
  to: "To year",
  chapter: "Cited in chapter",
  anyChapter: "Any chapter",
  sort: "Sort by",
  sorts: { cited: "Most cited", "year-desc": "Newest first", "year-asc": "Oldest first" },
  shown: (n: number, total: number) => `${n} of ${total} papers`,
  none: "No paper matches these filters.",
  citedIn: "Cited in",
  copyBibtex: "Copy BibTeX",
  copied: "Copied",
  downloadAll: "Download all as .bib",
  conceptPage: "concept page",
  reset: "Clear filters",
};

export const PAPERS_TEXT: Record<Lang, typeof en> = {
  en,
  zh: {
    intro: "本书引用的全部论文，以及引用每篇论文的位置。可按关键词、年份或章节筛选；可复制单条 BibTeX，或下载全部。",
    filter: "筛选论文",
    filterPlaceholder: "标题、作者、出处…",
    from: "起始年份",
    to: "截止年份",
    chapter: "引用所在章",
    anyChapter: "全部章节",
    sort: "排序",
    sorts: { cited: "引用最多", "year-desc": "最新在前", "year-asc": "最早在前" },
    shown: (n, total) => `共 ${total} 篇，显示 ${n} 篇`,
    none: "没有符合筛选条件的论文。",
    citedIn: "引用位置",
    copyBibtex: "复制 BibTeX",
    copied: "已复制",
    downloadAll: "下载全部 .bib",
    conceptPage: "概念页",
    reset: "清除筛选",
  },
};
