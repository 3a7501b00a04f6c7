/** What the build hands the browser (see src/build/vite-plugin.ts). */
declare module "virtual:reader/toc" {
  import type { Lang, Toc } from "@shared/types";
  const tocs: Record<Lang, Toc>;
  export default tocs;
}
declare module "virtual:reader/pages" {
  import type { PageData } from "@shared/types";
  export const pages: Record<string, () => Promise<{ default: PageData }>>;
}
declare module "virtual:reader/problems" {
  import type { ContentProblem } from "@shared/types";
  const problems: ContentProblem[];
  export default problems;
}
