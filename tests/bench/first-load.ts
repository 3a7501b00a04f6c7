/**
 * `npm run bench:first-load` — what a reader's browser downloads to show and hydrate one page, gzip
 * bytes by kind (and apart, what loads later when the browser is idle), measured against the production build (`npm run build` first). Pages: a section with math,
 * a section without, a concept page, the home page. Fonts are listed apart (KaTeX's load only for
 * formulas that use them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT as root, withPreviewAndBrowser } from "./harness";

const PAGES = ["/en/pre-training/architecture/", "/en/resources/library-resources/", "/zh/concepts/rlhf/", "/en/"];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
await withPreviewAndBrowser(Number(process.env.BENCH_PORT ?? 4323), async (browser, origin) => {
  for (const path of PAGES) {
    const page = await browser.newPage();
    const files = new Set<string>();
    // Files asked for once the page is hydrated load when the browser is idle (the search palette,
    // the service worker, the offline tools): counted apart, as "deferred".
    const deferred = new Set<string>();
    let hydrated = false;
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin === origin && url.pathname !== path) (hydrated ? deferred : files).add(url.pathname);
    });
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => Object.keys(document.getElementById("root") ?? {}).some((k) => k.startsWith("__reactContainer")));
    hydrated = true;
    await page.waitForLoadState("networkidle");
    const totals: Record<string, number> = { js: 0, css: 0, html: 0, font: 0 };
    // The page's own prerendered HTML.
    const html = readFileSync(join(root, "dist", path, "index.html"));
    totals.html = gzipSync(html).length;
    for (const file of files) {
      const kind = file.endsWith(".js") ? "js" : file.endsWith(".css") ? "css" : /\.(woff2?|ttf)$/.test(file) ? "font" : null;
      if (!kind) continue;
      const bytes = readFileSync(join(root, "dist", file));
      // Fonts are already compressed; count them as sent.
      totals[kind]! += kind === "font" ? bytes.length : gzipSync(bytes).length;
    }
    let later = 0;
    for (const file of deferred) if (file.endsWith(".js")) later += gzipSync(readFileSync(join(root, "dist", file))).length;
    console.log(`${path}\n  to show and hydrate: JS ${kb(totals.js!)} · CSS ${kb(totals.css!)} · HTML ${kb(totals.html!)} (gzip) · fonts ${kb(totals.font!)} · ${files.size} requests`);
    console.log(`  deferred until idle: JS ${kb(later)} · ${deferred.size} requests`);
    await page.close();
  }
});
