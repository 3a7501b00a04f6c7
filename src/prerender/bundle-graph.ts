/**
 * The client bundle as the prerender needs it: which files a page's content chunk pulls in (to
 * preload them and link their CSS), and which files each language needs offline.
 */
import type { Lang } from "../shared/types";

export interface ChunkInfo {
  file: string;
  facade: string | null;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  css: string[];
}

export class BundleGraph {
  private readonly byFile = new Map<string, ChunkInfo>();
  private readonly byFacade = new Map<string, ChunkInfo>();

  constructor(chunks: ChunkInfo[]) {
    const files = new Set(chunks.map((c) => c.file));
    for (const given of chunks) {
      // Imports of chunks that are no longer in the bundle (Vite drops CSS-only chunks) are dropped.
      const chunk = { ...given, imports: given.imports.filter((f) => files.has(f)), dynamicImports: given.dynamicImports.filter((f) => files.has(f)) };
      this.byFile.set(chunk.file, chunk);
      if (chunk.facade) this.byFacade.set(chunk.facade.replace(/^\0/, ""), chunk);
    }
  }

  get entry(): ChunkInfo {
    const entry = [...this.byFile.values()].find((c) => c.isEntry);
    if (!entry) throw new Error("the client bundle has no entry chunk");
    return entry;
  }

  /** The entry chunk, what it imports statically, and their CSS: what every page loads. */
  shell(): Set<string> {
    const files = new Set<string>();
    const visit = (chunk: ChunkInfo) => {
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      for (const css of chunk.css) files.add(css);
      for (const file of chunk.imports) {
        const next = this.byFile.get(file);
        if (next) visit(next);
      }
    };
    visit(this.entry);
    return files;
  }

  /** A module's chunk and everything it imports statically (which load with it), entry excluded. */
  staticClosure(moduleId: string): ChunkInfo[] {
    const start = this.byFacade.get(moduleId);
    if (!start) throw new Error(`no chunk for ${moduleId} in the client bundle`);
    const seen = new Set<string>([this.entry.file]);
    const out: ChunkInfo[] = [];
    const visit = (chunk: ChunkInfo) => {
      if (seen.has(chunk.file)) return;
      seen.add(chunk.file);
      out.push(chunk);
      for (const file of chunk.imports) {
        const next = this.byFile.get(file);
        if (next) visit(next);
      }
    };
    visit(start);
    return out;
  }

  /**
   * Every file a reader of one language may load: all chunks reachable from the entry, except the
   * build's per-language modules of the other language (a language is a path segment of their id:
   * virtual:reader/page/zh/…, virtual:reader/search/zh, …), and their CSS. (The fonts that CSS
   * refers to are read from the CSS files themselves.)
   */
  filesFor(lang: Lang, otherLangs: Lang[]): string[] {
    const files = new Set<string>();
    const seen = new Set<string>();
    const isOther = (chunk: ChunkInfo) => {
      const id = chunk.facade?.replace(/^\0/, "");
      if (!id?.startsWith("virtual:reader/")) return false;
      const segments = id.slice("virtual:reader/".length).split("/");
      return otherLangs.some((other) => segments.includes(other)) && !segments.includes(lang);
    };
    const visit = (chunk: ChunkInfo) => {
      if (seen.has(chunk.file) || isOther(chunk)) return;
      seen.add(chunk.file);
      files.add(chunk.file);
      for (const css of chunk.css) files.add(css);
      for (const file of [...chunk.imports, ...chunk.dynamicImports]) {
        const next = this.byFile.get(file);
        if (next) visit(next);
      }
    };
    visit(this.entry);
    return [...files].sort();
  }
}
