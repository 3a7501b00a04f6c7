/**
 * The Vite plugin: runs the content pipeline and serves its results as virtual modules.
 *
 *   virtual:reader/toc          both languages' navigation trees (small; in the first bundle)
 *   virtual:reader/pages        a loader per page: () => import("virtual:reader/page/…")
 *   virtual:reader/page/<key>   one page's rendered content (its own chunk, loaded on demand)
 *   virtual:reader/problems     content problems (dev only; the build fails on any instead)
 *   virtual:reader/papers/<lang>            the bibliography, with "cited in" (papers page only)
 *   virtual:reader/entities/<lang>/<kind>   a catalogue of models, datasets or benchmarks
 *   virtual:reader/figures/<lang>  the figures, where they are placed and mentioned (figure pages)
 *
 * Later stages add their own modules (`extraModules`), e.g. the search index:
 *   virtual:reader/<name>/<key>  → extra.load(book, key)
 *
 * The dev server keeps running on bad content: it shows the problems in the page and reloads
 * when content changes.
 */
import { join } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { EntityKind, Lang } from "../shared/types";
import { type Book, buildBook } from "./book";
import { loadContent } from "./load";
import { ContentError, formatProblem } from "./problems";

const PREFIX = "virtual:reader/";

/** A module whose default export is `data` (null: no such module). */
function json(data: unknown): string | null {
  return data === undefined ? null : `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}
const RESOLVED = "\0" + PREFIX;

/**
 * The figures' stylesheet, imported by every module whose page shows a figure, so the prerendered
 * page links it in its head (as it does KaTeX's) and the figure's reserved space is styled at once.
 */
const FIGURES_CSS = `import "/src/features/figures/figures.css";\n`;

/** A virtual module family computed from the book by a later pipeline stage. */
export interface ExtraModule {
  name: string;
  /** JavaScript source of `virtual:reader/<name>/<key>`, or null if there is no such key. */
  load: (book: Book, key: string) => string | null;
}

export function readerContent(options: { root?: string; extraModules?: ExtraModule[] } = {}): Plugin {
  let root = options.root ?? process.cwd();
  let isBuild = false;
  let book: Book | null = null;

  const getBook = (): Book => {
    if (book) return book;
    book = buildBook(loadContent(root));
    // Not failures: a short list a writer can act on (a paper to cite or drop, a name to link).
    if (book.warnings.length > 0) console.warn(`${book.warnings.length} unused item(s) in content/:\n  ${book.warnings.join("\n  ")}`);
    if (book.problems.length > 0) {
      if (isBuild) throw new ContentError(book.problems);
      console.error(book.problems.map(formatProblem).join("\n"));
    }
    return book;
  };

  const modules: Record<string, (key: string) => string | null> = {
    toc: () => `export default ${JSON.stringify(getBook().tocs)};`,
    problems: () => `export default ${JSON.stringify(getBook().problems)};`,
    pages: () => {
      const entries = getBook().pages.map((p) => {
        const key = `${p.lang}/${p.kind}/${p.id}`;
        return `  ${JSON.stringify(key)}: () => import(${JSON.stringify(PREFIX + "page/" + key)}),`;
      });
      return `export const pages = {\n${entries.join("\n")}\n};`;
    },
    concepts: (lang) => json(getBook().conceptIndex[lang as Lang]),
    "concept-map": () => json(getBook().conceptMap),
    papers: (lang) => json(getBook().papers[lang as Lang]),
    entities: (key) => {
      const [lang, kind] = key.split("/");
      return json(getBook().entities[lang as Lang]?.[kind as EntityKind]);
    },
    figures: (lang) => {
      const data = json(getBook().figures[lang as Lang]);
      return data && FIGURES_CSS + data;
    },
    page: (key) => {
      const page = getBook().pages.find((p) => `${p.lang}/${p.kind}/${p.id}` === key);
      if (!page) return null;
      const { hasMath, ...data } = page;
      // JSON.parse of a string literal is faster to load than an object literal of the same size.
      const css = (hasMath ? `import "katex/dist/katex.min.css";\n` : "") + (data.figures ? FIGURES_CSS : "");
      return css + json(data);
    },
  };

  for (const extra of options.extraModules ?? []) {
    if (extra.name in modules) throw new Error(`virtual module name "${extra.name}" is taken`);
    modules[extra.name] = (key) => extra.load(getBook(), key);
  }

  return {
    name: "reader-content",
    configResolved(config) {
      root = options.root ?? config.root;
      isBuild = config.command === "build";
    },
    buildStart() {
      // A build computes the book once for both of its bundles (browser and prerender).
      if (!isBuild) book = null;
      getBook();
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? "\0" + id : null;
    },
    // KaTeX hides formulas (font-display: block) until its fonts arrive, up to ~100 KB; with swap,
    // the text shows at once in a fallback face and settles when the font is in.
    transform(code, id) {
      return id.endsWith("katex/dist/katex.min.css") ? code.replaceAll("font-display:block", "font-display:swap") : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [name = "", ...rest] = id.slice(RESOLVED.length).split("/");
      const code = modules[name]?.(rest.join("/"));
      if (code == null) throw new Error(`unknown virtual module ${id.slice(1)}`);
      return code;
    },
    configureServer(server: ViteDevServer) {
      const contentDir = join(root, "content");
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(contentDir)) return;
        book = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("change", onChange);
      server.watcher.on("add", onChange);
      server.watcher.on("unlink", onChange);
    },
  };
}
