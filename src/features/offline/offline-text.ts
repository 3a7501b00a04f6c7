import type { Lang } from "../../shared/types";

const en = {
  save: "Save for offline reading",
  saveHint: "Downloads every page of the English edition and its search index to this device.",
  saving: (done: number, total: number, size: string) => `Saving… ${done} of ${total} files (${size})`,
  saved: (size: string) => `Saved for offline reading (${size})`,
  partial: (have: number, total: number) => `Partly saved (${have} of ${total} files)`,
  resume: "Finish saving",
  stale: "The saved copy is from an older version",
  refresh: "Update the saved copy",
  failed: "Saving stopped: the connection failed. What was saved is kept.",
  unsupported: "This browser can't keep pages for offline reading.",
  updateReady: "A new version of the reader is available.",
  reload: "Reload",
  progressLabel: "Saving for offline reading",
};

export type OfflineText = typeof en;

const zh: OfflineText = {
  save: "保存供离线阅读",
  saveHint: "把中文版的全部页面和搜索索引下载到本设备。",
  saving: (done, total, size) => `正在保存… 已完成 ${done}/${total} 个文件（${size}）`,
  saved: (size) => `已保存供离线阅读（${size}）`,
  partial: (have, total) => `部分已保存（${have}/${total} 个文件）`,
  resume: "继续保存",
  stale: "已保存的副本来自旧版本",
  refresh: "更新已保存的副本",
  failed: "保存中断：网络连接失败。已保存的部分会保留。",
  unsupported: "此浏览器无法保存页面供离线阅读。",
  updateReady: "阅读器有新版本可用。",
  reload: "重新加载",
  progressLabel: "正在保存供离线阅读",
};

export const OFFLINE_TEXT: Record<Lang, OfflineText> = { en, zh };

/** "4.2 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
