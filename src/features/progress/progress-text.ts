/** Progress, resume and reading settings text, in both languages. */
import type { Lang } from "../../shared/types";
import type { FontSize, LineWidth } from "./reading-settings";

const en = {
  continueReading: "Continue where you left off",
  readOf: (read: number, total: number) => `${read} of ${total} read`,
  bookProgress: (read: number, total: number) => `You have read ${read} of ${total} sections (${total ? Math.round((100 * read) / total) : 0}%).`,
  progressLabel: "Reading progress",
  read: "read",
  markUnread: "Mark as unread",
  markRead: "Mark as read",
  youReadThis: "You have read this page.",
  settings: "Reading settings",
  fontSize: "Text size",
  lineWidth: "Line width",
  fontSizes: { small: "Small", medium: "Medium", large: "Large", "x-large": "Larger" } satisfies Record<FontSize, string>,
  lineWidths: { narrow: "Narrow", medium: "Medium", wide: "Wide" } satisfies Record<LineWidth, string>,
};

export type ProgressText = typeof en;

const zh: ProgressText = {
  continueReading: "从上次离开的地方继续",
  readOf: (read, total) => `已读 ${read}/${total}`,
  bookProgress: (read, total) => `你已读完 ${total} 节中的 ${read} 节（${total ? Math.round((100 * read) / total) : 0}%）。`,
  progressLabel: "阅读进度",
  read: "已读",
  markUnread: "标记为未读",
  markRead: "标记为已读",
  youReadThis: "你已读完本页。",
  settings: "阅读设置",
  fontSize: "字号",
  lineWidth: "行宽",
  fontSizes: { small: "小", medium: "中", large: "大", "x-large": "特大" },
  lineWidths: { narrow: "窄", medium: "中", wide: "宽" },
};

export const PROGRESS_TEXT: Record<Lang, ProgressText> = { en, zh };
