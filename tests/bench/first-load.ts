/**
 * `npm run bench:first-load` — what a reader's browser downloads to show one page, gzip bytes by
 * kind, measured against the production build (`npm run build` first). Pages: a section with math,
 * a section without, a concept page, the home page. Fonts are listed apart (KaTeX's load only for
 * formulas that use them).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../chromium";

const PORT = 4323;
const root = join(import.meta.dirname, "..", "..");
const PAGES = ["/en/pre-training/architecture/", "/en/resources/library-resources/", "/zh/concepts/rlhf/", "/en/"];

const server = spawn("npx", ["vite", "preview", "--port", String(PORT), "--strictPort"], {
  cwd: root,
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
  stdio: "ignore",
});
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
try {
  for (const path of PAGES) {
    const page = await browser.newPage();
    const files = new Set<string>();
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.port === String(PORT) && url.pathname !== path) files.add(url.pathname);
    });
    await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: "networkidle" });
    const totals: Record<string, number> = { js: 0, css: 0, html: 0, font: 0 };
    const html = readFileSync(join(root, "dist", "index.html"));
    totals.html = gzipSync(html).length;
    for (const file of files) {
      const kind = file.endsWith(".js") ? "js" : file.endsWith(".css") ? "css" : /\.(woff2?|ttf)$/.test(file) ? "font" : null;
      if (!kind) continue;
      const bytes = readFileSync(join(root, "dist", file));
      // Fonts are already compressed; count them as sent.
      totals[kind]! += kind === "font" ? bytes.length : gzipSync(bytes).length;
    }
    console.log(`${path}\n  JS ${kb(totals.js!)} · CSS ${kb(totals.css!)} · HTML ${kb(totals.html!)} (gzip) · fonts ${kb(totals.font!)} · ${files.size} requests`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
