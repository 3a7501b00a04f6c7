/**
 * Writes the static site around the client build: one HTML file per route (the page's full text,
 * navigation and head), 404.html, the language chooser at the root, sitemap.xml, robots.txt, and
 * the list of files each language needs offline.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { offlineListFile, type OfflineList } from "../shared/offline";
import { LANGS } from "../shared/types";
import { UI } from "../shared/ui-text";
import type { BundleGraph } from "./bundle-graph";
import type { Rendered } from "./entry-server";
import { absoluteUrl, escapeHtml, HTML_LANG, headTags, robots, type Site, sitemap } from "./head";

interface ServerEntry {
  listRoutes(): Promise<string[]>;
  render(path: string): Promise<Rendered>;
  NOT_FOUND_PATH: string;
}

export interface WriteSiteOptions {
  outDir: string;
  serverEntry: string;
  graph: BundleGraph;
  site: Site;
}

export async function writeSite({ outDir, serverEntry, graph, site }: WriteSiteOptions): Promise<{ pages: number }> {
  const server = (await import(pathToFileURL(serverEntry).href)) as ServerEntry;
  const template = readFileSync(join(outDir, "index.html"), "utf8");
  const fontsOf = cssFonts(outDir, site.base);
  const url = (file: string) => site.base + file;

  const routes = await server.listRoutes();
  for (const path of routes) {
    const html = await renderPage(server, path, template, site, graph, fontsOf, url);
    write(outDir, `${path.slice(1)}index.html`, html);
  }
  write(outDir, "404.html", await renderPage(server, server.NOT_FOUND_PATH, template, site, graph, fontsOf, url));
  write(outDir, "index.html", languageChooser(template, site));
  const indexable = routes.filter((p) => !p.includes("/search/"));
  write(outDir, "sitemap.xml", sitemap(site, indexable));
  write(outDir, "robots.txt", robots(site));

  const version = createHash("sha256").update(graph.filesFor("en", ["zh"]).join("\n")).update(graph.filesFor("zh", ["en"]).join("\n")).digest("hex").slice(0, 12);
  for (const lang of LANGS) {
    const others = LANGS.filter((l) => l !== lang);
    const files = graph.filesFor(lang, others);
    const fonts = files.filter((f) => f.endsWith(".css")).flatMap((css) => fontsOf(css));
    const pages = routes.filter((p) => p.startsWith(`/${lang}/`)).map((p) => absolutePath(site, p));
    const list: OfflineList = { version, lang, pages, files: [...new Set([...files, ...fonts])].map(url) };
    write(outDir, offlineListFile(lang), JSON.stringify(list));
  }
  return { pages: routes.length + 2 };
}

async function renderPage(
  server: ServerEntry,
  path: string,
  template: string,
  site: Site,
  graph: BundleGraph,
  fontsOf: (css: string) => string[],
  url: (file: string) => string,
): Promise<string> {
  const { html, meta, pageModule } = await server.render(path);
  const chunks = pageModule ? graph.staticClosure(pageModule) : [];
  const css = [...new Set(chunks.flatMap((c) => c.css))];
  // KaTeX's fonts are not preloaded: its CSS shows formulas in a fallback face until they arrive
  // (font-display: swap), and preloads would compete with the page's first paint for bandwidth.
  const styles = css.map((f) => `<link rel="stylesheet" crossorigin href="${url(f)}" />`);
  const modules = chunks.map((c) => `<link rel="modulepreload" crossorigin href="${url(c.file)}" />`);
  return fill(template, {
    lang: HTML_LANG[meta.lang],
    head: [headTags(site, path, meta, UI[meta.lang].bookTitle), ...styles].join("\n    "),
    root: `<div id="root" data-path="${escapeHtml(path)}">${html}</div>`,
    scripts: modules,
  });
}

/**
 * The client build's index.html with this page's language, head and content. Scripts and module
 * preloads move to the end of the body: the page paints from its HTML and CSS, and on a slow
 * connection they must not queue ahead of the stylesheets (hydration waits for the first paint).
 */
function fill(template: string, { lang, head, root, scripts }: { lang: string; head: string; root: string; scripts: string[] }): string {
  const moved: string[] = [];
  const withoutScripts = template.replace(/\s*<(script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g, (tag) => {
    moved.push(tag.trim());
    return "";
  });
  const replaced = withoutScripts
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`)
    .replace(/\s*<title>[^<]*<\/title>/, "")
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace("</head>", `    ${head}\n  </head>`)
    .replace('<div id="root"></div>', () => root)
    .replace("</body>", () => `    ${[...moved, ...scripts].join("\n    ")}\n  </body>`);
  if (!replaced.includes('data-path="')) throw new Error('index.html must contain <div id="root"></div> for the prerender to fill');
  return replaced;
}

/**
 * `/`: the reader's language, chosen before anything paints (stored choice, then the browser's),
 * with plain links for readers without JavaScript and for crawlers (x-default).
 */
function languageChooser(template: string, site: Site): string {
  const base = site.base;
  const css = template.match(/<link rel="stylesheet"[^>]*>/)?.[0] ?? "";
  const icon = template.match(/<link rel="icon"[^>]*>/)?.[0] ?? "";
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(UI.en.bookTitle)} · ${escapeHtml(UI.zh.bookTitle)}</title>
    <meta name="description" content="${escapeHtml(UI.en.tagline)}" />
    <link rel="canonical" href="${absoluteUrl(site, "/")}" />
    ${LANGS.map((l) => `<link rel="alternate" hreflang="${HTML_LANG[l]}" href="${absoluteUrl(site, `/${l}/`)}" />`).join("\n    ")}
    <link rel="alternate" hreflang="x-default" href="${absoluteUrl(site, "/")}" />
    ${icon}
    ${css}
    <script>
      (function () {
        var lang = null;
        try {
          var stored = JSON.parse(localStorage.getItem("llm-survey-reader") || "{}");
          lang = stored && stored.state && stored.state.lang;
        } catch (e) {}
        if (lang !== "en" && lang !== "zh") lang = /^zh/i.test((navigator.languages || [navigator.language])[0] || "") ? "zh" : "en";
        location.replace(${JSON.stringify(base)} + lang + "/" + location.search + location.hash);
      })();
    </script>
  </head>
  <body>
    <main class="language-chooser">
      <h1>${escapeHtml(UI.en.bookTitle)}</h1>
      <ul>
        <li><a href="${base}en/" hreflang="en">${escapeHtml(UI.en.bookTitle)} (English)</a></li>
        <li><a href="${base}zh/" hreflang="zh-CN" lang="zh-CN">${escapeHtml(UI.zh.bookTitle)}（中文）</a></li>
      </ul>
    </main>
  </body>
</html>
`;
}

/** The woff2 fonts a CSS file refers to, as output paths ("assets/KaTeX_Main-Regular-….woff2"). */
function cssFonts(outDir: string, base: string): (css: string) => string[] {
  const cache = new Map<string, string[]>();
  return (css) => {
    let fonts = cache.get(css);
    if (!fonts) {
      const text = readFileSync(join(outDir, css), "utf8");
      fonts = [...text.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => {
        const ref = (m[1] ?? "").replace(/^["']|["']$/g, "");
        return ref.startsWith("/") ? ref.slice(base.length) : join(dirname(css), ref);
      });
      cache.set(css, fonts);
    }
    return fonts;
  };
}

function absolutePath(site: Site, path: string): string {
  return site.base.replace(/\/$/, "") + path;
}

function write(outDir: string, file: string, text: string): void {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
