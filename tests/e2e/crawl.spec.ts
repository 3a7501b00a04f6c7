/**
 * Every page of the book, in both languages: it renders, logs no error, every link on it leads
 * somewhere that exists (the page, and the anchor on it), and (English pages) axe finds nothing
 * serious.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { readingOrder } from "../../src/shared/reading-order";
import { routes } from "../../src/shared/routes";
import { type ConceptId, LANGS } from "../../src/shared/types";
import { expect, ready, test } from "./fixtures";

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
  // A figure placed in the text is an anchor on its page.
  for (const figure of book.figures[lang]) {
    const [path = "", anchor] = figure.placement?.href.split("#") ?? [];
    if (anchor) anchors.get(path)?.add(anchor);
  }
}

for (const lang of LANGS) {
  for (const chapter of book.tocs[lang].chapters) {
    const stops = readingOrder(book.tocs[lang]).filter((s) => s.chapter.id === chapter.id);
    test(`crawl ${lang} chapter ${chapter.number} (${stops.length} pages)`, async ({ page }) => {
      test.setTimeout(30_000 + stops.length * 20_000);
      for (const stop of stops) {
        await page.goto(stop.href);
        await ready(page);
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
      await page.goto(href);
      await ready(page);
      const hrefs = await page.locator("main a[href^='/']").evaluateAll((els) => els.map((a) => a.getAttribute("href") ?? ""));
      for (const link of hrefs) {
        const [path = "", hash] = link.split("#");
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
      await page.goto(href);
      await ready(page);
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
