/** Reading on desktop and phone: place kept across languages, keyboard start, header, rail, formulas. */
import type { Page } from "@playwright/test";
import { expect, hydrated, test } from "./fixtures";

test("switching language lands on the heading and paragraph being read, both ways", async ({ page }) => {
  await page.goto("/en/pre-training/data-collection/");
  await hydrated(page);
  // Read the second paragraph after 4.1.2's heading: put it on the reading line.
  const paragraph = page.locator("#data-preprocessing ~ p").nth(1);
  await paragraph.evaluate((p) => window.scrollTo(0, window.scrollY + p.getBoundingClientRect().top - window.innerHeight / 3 + 4));
  // (A DOM click: Playwright's click first scrolls its target into view, which moves the page
  // under the sticky header and so changes the place being read.)
  await page.getByRole("link", { name: "阅读中文版" }).dispatchEvent("click");
  await expect(page).toHaveURL(/\/zh\/pre-training\/data-collection\/#data-preprocessing$/);
  // Not just the heading: a paragraph under it sits on the reading line, as in the English page.
  await expect.poll(() => blockOnReadingLine(page, "data-preprocessing")).toBe(true);

  const zhParagraph = page.locator("#data-source ~ p").nth(2);
  await zhParagraph.evaluate((p) => window.scrollTo(0, window.scrollY + p.getBoundingClientRect().top - window.innerHeight / 3 + 4));
  await page.getByRole("link", { name: "Read in English" }).dispatchEvent("click");
  await expect(page).toHaveURL(/\/en\/pre-training\/data-collection\/#data-source$/);
  await expect.poll(() => blockOnReadingLine(page, "data-source")).toBe(true);
});

/**
 * A block after the heading (not the heading itself) starts on the reading line, a third down
 * (within a couple of lines: the two editions' blocks differ in height).
 */
function blockOnReadingLine(page: Page, headingId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const line = window.innerHeight / 3;
    let el = document.getElementById(id)?.nextElementSibling;
    for (; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling) {
      if (Math.abs(el.getBoundingClientRect().top - line) < 32) return true;
    }
    return false;
  }, headingId);
}

test("the first Tab reaches Skip to content; after a navigation focus is in the new page", async ({ page }) => {
  // A section far down the sidebar, so the sidebar has to scroll to show it.
  await page.goto("/en/advanced-topics/");
  await hydrated(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.locator("#sidebar").getByRole("link", { name: /^9\.2\s/ }).click();
  await expect(page.locator("main h1")).toContainText("9.2");
  await expect(page.locator("#main")).toBeFocused();
});

test("at 1280 px the outline rail sits beside the text", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/pre-training/architecture/");
  const rail = page.locator(".outline-rail");
  await expect(rail).toBeVisible();
  const railBox = await rail.boundingBox();
  const textBox = await page.locator("main .article").boundingBox();
  expect(railBox && textBox && railBox.x >= textBox.x + textBox.width).toBe(true);
  expect(textBox!.width).toBeGreaterThan(560);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const lang of ["en", "zh"]) {
    test(`the ${lang} header fits one row with 44 px targets`, async ({ page }) => {
      await page.goto(`/${lang}/overview/`);
      const header = await page.locator(".site-header").boundingBox();
      const controls = page.locator(".site-header").locator("button, .header-tools a");
      // Menu, search, reading settings, theme, language.
      expect(await controls.count()).toBe(5);
      for (const box of await controls.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.right).toBeLessThanOrEqual(360);
        expect(box.top).toBeGreaterThanOrEqual(header!.y - 1);
        expect(box.bottom).toBeLessThanOrEqual(header!.y + header!.height + 1);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test("a formula wider than the screen says it scrolls", async ({ page }) => {
    await page.goto("/en/overview/llm-background/");
    await hydrated(page);
    const wide = page.locator(".math-display.scrolls").first();
    await expect(wide).toBeVisible();
    expect(await wide.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await wide.evaluate((el) => getComputedStyle(el, "::after").content)).toContain("scroll sideways");
  });
});
