/** The reader's shell, the way a reader uses it, against the production build. */
import { expect, NOT_FOUND_LOG, ready, test } from "./fixtures";

test.describe("landing", () => {
  test("/ lands on the browser's language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test.describe("with a Chinese browser", () => {
    test.use({ locale: "zh-CN" });
    test("/ lands on Chinese", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/zh\/$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("大语言模型综述");
    });
  });

  test("a language the reader chose wins over the browser's", async ({ page }) => {
    await page.goto("/en/");
    // (A DOM click: Playwright's click first scrolls its target into view, which moves the page
  // under the sticky header and so changes the place being read.)
  await page.getByRole("link", { name: "阅读中文版" }).dispatchEvent("click");
    await expect(page).toHaveURL(/\/zh\/$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh\/$/);
  });
});

test("the sidebar leads to a section, numbered and marked as current", async ({ page }) => {
  await page.goto("/en/");
  const sidebar = page.getByRole("navigation", { name: "Chapters" });
  await sidebar.getByRole("link", { name: /^2\s+Overview/ }).click();
  await expect(page).toHaveURL(/\/en\/overview\/$/);
  await sidebar.getByRole("link", { name: /^2\.1\s/ }).click();
  await expect(page).toHaveURL(/\/en\/overview\/llm-background\/$/);
  await ready(page);
  await expect(page.locator("main h1")).toContainText("2.1");
  await expect(sidebar.locator('[aria-current="page"]')).toContainText("2.1");
  await expect(page).toHaveTitle(/^2\.1 .* · A Survey of Large Language Models$/);
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("2 Overview");
});

test("a chapter's sections fold and unfold, and the choice survives a reload", async ({ page }) => {
  await page.goto("/en/overview/");
  const toggle = page.getByRole("button", { name: /sections of Overview/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#toc-overview")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: /sections of Overview/ })).toHaveAttribute("aria-expanded", "false");
});

test("a deep link with an anchor lands on the heading, also after a reload", async ({ page }) => {
  await page.goto("/en/pre-training/data-collection/#data-preprocessing");
  await ready(page);
  const heading = page.locator("#data-preprocessing");
  await expect(heading).toContainText("4.1.2");
  await expect(heading).toBeInViewport();
  await page.reload();
  await ready(page);
  await expect(page.locator("#data-preprocessing")).toBeInViewport();
});

test("switching language keeps the section and the anchor", async ({ page }) => {
  await page.goto("/en/pre-training/data-collection/#data-preprocessing");
  await ready(page);
  await expect(page.locator("#data-preprocessing")).toBeInViewport();
  // (A DOM click: Playwright's click first scrolls its target into view, which moves the page
  // under the sticky header and so changes the place being read.)
  await page.getByRole("link", { name: "阅读中文版" }).dispatchEvent("click");
  await expect(page).toHaveURL(/\/zh\/pre-training\/data-collection\/#data-preprocessing$/);
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("#data-preprocessing")).toContainText("4.1.2");
  await expect(page.locator("#data-preprocessing")).toBeInViewport();
  await page.getByRole("link", { name: "Read in English" }).dispatchEvent("click");
  await expect(page).toHaveURL(/\/en\/pre-training\/data-collection\/#data-preprocessing$/);
});

test("Back returns to where the reader was on the previous page, and a reload keeps the place", async ({ page }) => {
  await page.goto("/en/pre-training/architecture/");
  await ready(page);
  await page.evaluate(() => window.scrollTo(0, 2400));
  await page.waitForTimeout(200);
  // Follow a link the reader can see from there (client-side navigation), then come back.
  await page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLAnchorElement>("main a[data-kind='concept']")].find((a) => {
      const { top, bottom } = a.getBoundingClientRect();
      return top > 0 && bottom < window.innerHeight;
    });
    visible?.click();
  });
  await expect(page).toHaveURL(/\/en\/concepts\//);
  await ready(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await ready(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await page.waitForTimeout(200);
  await page.reload();
  await ready(page);
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(1500);
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1500, height: 900 } });

  test("'On this page' lists the section's subsections and marks the one being read", async ({ page }) => {
    await page.goto("/en/pre-training/architecture/");
    await ready(page);
    const outline = page.getByRole("navigation", { name: "On this page" });
    const rail = outline.locator(".outline-rail");
    await expect(rail.getByRole("link")).toHaveText([/^4\.2\.1 /, /^4\.2\.2 /, /^4\.2\.3 /, /^4\.2\.4 /, /^4\.2\.5 /]);
    await rail.getByRole("link", { name: /^4\.2\.4 / }).click();
    await expect(page).toHaveURL(/#decoding-strategy$/);
    await expect(rail.locator('[aria-current="location"]')).toHaveText(/^4\.2\.4 /);
  });
});

test("previous and next walk the book in order", async ({ page }) => {
  await page.goto("/en/overview/llm-background/");
  await ready(page);
  const pagination = page.getByRole("navigation", { name: "Previous and next pages" });
  await pagination.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/en\/overview\/gpt-evolution\/$/);
  await ready(page);
  await expect(page.locator("main h1")).toContainText("2.2");
  await pagination.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/en\/overview\/llm-background\/$/);
  await pagination.getByRole("link", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/en\/overview\/$/);
});

test.describe("unknown addresses", () => {
  test.use({ expectedConsoleErrors: NOT_FOUND_LOG });

  test("an unknown address shows the 404 page with a way home", async ({ page }) => {
    for (const path of ["/en/no-such-chapter/", "/en/overview/no-such-section/", "/fr/", "/en/a/b/c/"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await page.goto("/zh/no-such-chapter/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await page.getByRole("link", { name: "回到目录" }).click();
    await expect(page).toHaveURL(/\/zh\/$/);
  });
});

test("the theme follows the system and a manual choice sticks", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).not.toBe("rgb(255, 255, 255)");
  // The toggle steps Auto → Light → Dark.
  await page.getByRole("button", { name: /^Theme: Auto theme/ }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("unreadable stored preferences don't break the reader and are kept aside", async ({ page }) => {
  // Written before any of the reader's scripts run (an open page could write over it first).
  await page.addInitScript(() => localStorage.setItem("llm-survey-reader", "{not json"));
  await page.goto("/en/");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("llm-survey-reader:unreadable"))).toBe("{not json");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the table of contents is a drawer that opens, navigates and closes", async ({ page }) => {
    await page.goto("/en/overview/");
    const sidebar = page.getByRole("navigation", { name: "Chapters" });
    await expect(sidebar).toBeHidden();
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(sidebar).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sidebar).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await sidebar.getByRole("link", { name: /^2\.2\s/ }).click();
    await expect(page).toHaveURL(/\/en\/overview\/gpt-evolution\/$/);
    await expect(sidebar).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
