/** axe on the main kinds of page, in both languages and both themes: no serious or critical issue. */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, ready, test } from "./fixtures";

const PAGES = ["/{lang}/", "/{lang}/overview/", "/{lang}/overview/llm-background/", "/{lang}/papers/", "/{lang}/models/"];

for (const lang of ["en", "zh"]) {
  for (const theme of ["light", "dark"] as const) {
    for (const template of PAGES) {
      const path = template.replace("{lang}", lang);
      test(`axe: ${path} (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await ready(page);
        // The bibliography (300+ papers) and the catalogues repeat one template; axe checks a
        // filtered page (every part of the template, fewer copies) so it finishes in time.
        if (path.endsWith("/papers/")) await page.locator(".filter-bar input[type='search']").fill("scaling");
        if (path.endsWith("/models/")) await page.locator(".filter-bar input[type='search']").fill("Google");
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      });
    }
  }
}
