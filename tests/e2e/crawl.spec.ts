/**
 * Every page of the book, in both languages: its prerendered HTML hydrates without a mismatch
 * (main.tsx logs any as an error) and keeps the title the build wrote, it logs no error, every
 * link on it leads somewhere that exists (the page, and the anchor on it), and (English pages) axe
 * finds nothing serious.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { readingOrder } from "../../src/shared/reading-order";
import { routes } from "../../src/shared/routes";
import { type ConceptId, ENTITY_KINDS, LANGS } from "../../src/shared/types";
import { expect, hydrated, ready, test } from "./fixtures";
import type { Page, Response } from "@playwright/test";

/** The page hydrated, and the title it sets in the browser is the one its HTML was built with. */
async function hydratedWithServerTitle(page: Page, response: Response | null): Promise<void> {
  const html = (await response?.text()) ?? "";
  const serverTitle = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  await hydrated(page);
  await ready(page);
  expect(await page.title(), page.url()).toBe(serverTitle);
}

const book = buildBook(loadContent(process.cwd()));

/** Route → the anchors that exist on it. */
const anchors = new Map<string, Set<string>>();
for (const lang of LANGS) {
  for (const path of [routes.home(lang), routes.concepts(lang), routes.conceptMap(lang), routes.figures(lang)]) anchors.set(path, new Set());
  for (const figure of book.figures[lang]) anchors.set(routes.figure(lang, figure.name), new Set([`figure-${figure.name}`]));
  for (const stop of readingOrder(book.tocs[lang])) {
    anchors.set(stop.href, new Set(stop.section ? [stop.section.id, ...stop.section.subsections.map((s) => s.id)] : []));
  }
  for (const concept of book.concepts[lang]) {
    anchors.set(routes.concept(lang, concept.meta.id as ConceptId), new Set(concept.headings.map((h) => h.id)));
  }
  // The bibliography and catalogues have an anchor per entry; a page that cites has one per reference.
  anchors.set(routes.papers(lang), new Set(book.papers[lang].map((p) => p.id)));
  for (const kind of ENTITY_KINDS) anchors.set(routes.catalogue(lang, kind), new Set(book.entities[lang][kind].map((e) => e.id)));
  // A figure placed in the text is an anchor on its page.
  for (const figure of book.figures[lang]) {
    const [path = "", anchor] = figure.placement?.href.split("#") ?? [];
    if (anchor) anchors.get(path)?.add(anchor);
  }
}
for (const page of book.pages) {
  const stop = readingOrder(book.tocs[page.lang]).find((s) => (page.kind === "chapter" ? !s.section && s.chapter.id === page.id : s.section?.id === page.id));
  const path = page.kind === "concept" ? routes.concept(page.lang, page.id as ConceptId) : stop?.href;
  for (const r of page.references ?? []) anchors.get(path ?? "")?.add(`ref-${r.id}`);
}

for (const lang of LANGS) {
  for (const chapter of book.tocs[lang].chapters) {
    const stops = readingOrder(book.tocs[lang]).filter((s) => s.chapter.id === chapter.id);
    test(`crawl ${lang} chapter ${chapter.number} (${stops.length} pages)`, async ({ page }) => {
      test.setTimeout(30_000 + stops.length * 20_000);
      for (const stop of stops) {
        await hydratedWithServerTitle(page, await page.goto(stop.href));
        const hrefs = await page.locator("main a[href]").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
        for (const href of hrefs) {
          if (href.startsWith("#")) {
            expect(await page.locator(`[id="${href.slice(1)}"]`).count(), `${stop.href}: anchor ${href}`).toBe(1);
          } else if (href.startsWith("/")) {
            const [path = "", hash] = href.split("#");
            const known = anchors.get(path);
            expect(known, `${stop.href}: link to ${href}`).toBeDefined();
            if (hash) expect(known?.has(hash), `${stop.href}: anchor of ${href}`).toBe(true);
          } else {
            expect(href, `${stop.href}: external link`).toMatch(/^https?:\/\//);
          }
        }
        // axe runs on the English pages: a Chinese page has the same structure (headings, tables,
        // links, formulas), and both languages' page types get the full check in a11y.spec.ts.
        // Contrast is a property of the theme, also checked there. KaTeX's visual layer is
        // aria-hidden (assistive technology reads its MathML twin) and holds most of a
        // formula-heavy page's nodes, so it is skipped.
        if (lang === "en") {
          const { violations } = await new AxeBuilder({ page })
            .include("main")
            .exclude(".katex-html")
            .withTags(["wcag2a", "wcag2aa"])
            .disableRules(["color-contrast"])
            .analyze();
          const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          expect(serious.map((v) => `${stop.href}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
        }
      }
    });
  }
}

for (const lang of LANGS) {
  test(`crawl ${lang} concept pages (${book.concepts[lang].length})`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const concept of book.concepts[lang]) {
      const href = routes.concept(lang, concept.meta.id as ConceptId);
      await hydratedWithServerTitle(page, await page.goto(href));
      const hrefs = await page.locator("main a[href^='/']").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
      for (const link of hrefs) {
        // (A query string only tells the page what to mark, e.g. "Discussed in"'s ?mention=.)
        const [pathAndQuery = "", hash] = link.split("#");
        const path = pathAndQuery.split("?")[0] ?? "";
        expect(anchors.has(path), `${href}: link to ${link}`).toBe(true);
        if (hash) expect(anchors.get(path)?.has(hash), `${href}: anchor of ${link}`).toBe(true);
      }
    }
  });
}

/** The book's other pages (later page types add theirs here). */
const otherPages = (lang: (typeof LANGS)[number]) => [routes.home(lang), routes.concepts(lang), routes.conceptMap(lang), routes.search(lang)];

for (const lang of LANGS) {
  test(`crawl ${lang} home, concept index, concept map and search page`, async ({ page }) => {
    for (const path of otherPages(lang)) await hydratedWithServerTitle(page, await page.goto(path));
  });
}

for (const lang of LANGS) {
  test(`crawl ${lang} papers and catalogues`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const href of [routes.papers(lang), ...ENTITY_KINDS.map((kind) => routes.catalogue(lang, kind))]) {
      await hydratedWithServerTitle(page, await page.goto(href));
      const links = await page.locator("main a[href^='/']").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
      expect(links.length, href).toBeGreaterThan(0);
      for (const link of links) {
        const [pathAndQuery = "", hash] = link.split("#");
        const path = pathAndQuery.split("?")[0] ?? "";
        expect(anchors.has(path), `${href}: link to ${link}`).toBe(true);
        if (hash) expect(anchors.get(path)?.has(hash), `${href}: anchor of ${link}`).toBe(true);
      }
    }
  });
}

for (const lang of LANGS) {
  test(`crawl ${lang} figure pages (${book.figures[lang].length + 1})`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const href of [routes.figures(lang), ...book.figures[lang].map((f) => routes.figure(lang, f.name))]) {
      await hydratedWithServerTitle(page, await page.goto(href));
      const hrefs = await page.locator("main a[href^='/'], main a[href^='#']").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
      for (const link of hrefs) {
        if (link.startsWith("#")) {
          expect(await page.locator(`[id="${link.slice(1)}"]`).count(), `${href}: anchor ${link}`).toBe(1);
          continue;
        }
        const [path = "", hash] = link.split("#");
        expect(anchors.has(path), `${href}: link to ${link}`).toBe(true);
        if (hash) expect(anchors.get(path)?.has(hash), `${href}: anchor of ${link}`).toBe(true);
      }
    }
  });
}
