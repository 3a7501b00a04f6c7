/** Search the way a reader uses it, in Chromium against the production build. */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, ready, test } from "./fixtures";

const palette = (page: Page) => page.getByRole("dialog");
const paletteInput = (page: Page) => palette(page).getByRole("combobox");
const options = (page: Page) => palette(page).getByRole("option");

async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The text of every range our highlighter put on the page. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("search-terms");
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

test("the index is not part of the first page load; opening the palette loads the names, then the full text", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(response.url());
  });
  await page.goto("/en/overview/");
  await ready(page);
  const loaded = async (marker: string) => {
    const bodies = await page.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).text())), scripts);
    return bodies.filter((body) => body.includes(marker)).length;
  };
  const STORE = '"docs":[{"kind"';
  const BODY = '"postings":"';
  expect(await loaded(STORE)).toBe(0);
  expect(await loaded(BODY)).toBe(0);
  await page.keyboard.press("Control+k");
  await expect(paletteInput(page)).toBeFocused();
  await paletteInput(page).fill("scaling");
  await expect(options(page).first()).toBeVisible();
  expect(await loaded(STORE)).toBeGreaterThan(0);
  await expect.poll(() => loaded(BODY)).toBeGreaterThan(0);
});

test("titles are searched before the full-text index arrives, and 'No results' waits for it", async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/assets/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('"postings":"')) await held;
    await route.fulfill({ response, body });
  });
  await page.goto("/en/");
  await ready(page);
  await page.keyboard.press("Control+k");
  await paletteInput(page).fill("scaling law");
  await expect(options(page).first()).toContainText("Scaling Laws");
  const pending = palette(page).getByText("Titles searched; searching the full text…");
  await expect(pending).toBeVisible();
  // Only the text holds this phrase: no verdict until the full text is searched.
  await paletteInput(page).fill("pipeline bubble");
  await expect(pending).toBeVisible();
  await expect(palette(page).getByText(/No results/)).toHaveCount(0);
  release();
  await expect(options(page).first()).toContainText("Scalable Training");
  await expect(pending).toHaveCount(0);
  // Snippet texts may still be in flight through the handler when the page closes.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("Ctrl+K opens the palette from any page and Esc closes it, returning focus", async ({ page }) => {
  await page.goto("/en/pre-training/data-collection/");
  await ready(page);
  const launcher = page.getByRole("button", { name: "Search" });
  await launcher.focus();
  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.type("rag");
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette(page)).toHaveCount(0);
  await expect(launcher).toBeFocused();
});

test('"/" opens the palette, but types a slash in a text field', async ({ page }) => {
  await page.goto("/en/search?q=rag");
  await page.getByRole("searchbox").click();
  await page.keyboard.type("/");
  await expect(page.getByRole("searchbox")).toHaveValue("rag/");
  await expect(palette(page)).toHaveCount(0);
  await page.locator("main h1").click();
  await page.keyboard.press("/");
  await expect(paletteInput(page)).toBeFocused();
});

test("a Chinese word inside a sentence finds its section; arrows and Enter open it with the terms marked", async ({ page }) => {
  await page.goto("/zh/");
  await ready(page);
  await page.keyboard.press("Control+k");
  await paletteInput(page).fill("流水线气泡");
  const first = options(page).first();
  await expect(first).toContainText("可扩展训练技术");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(first.locator("mark").first()).toHaveText("流水线气泡");
  await expect(palette(page).locator("[aria-live]")).toContainText("1 条结果");

  // ↓ and ↑ move the active option (and wrap), Enter opens it.
  await paletteInput(page).fill("数据");
  await expect(options(page).nth(1)).toBeVisible();
  const active = () => palette(page).locator('[role="option"][aria-selected="true"]');
  const startId = await active().getAttribute("id");
  await page.keyboard.press("ArrowDown");
  await expect(active()).not.toHaveAttribute("id", startId ?? "");
  await page.keyboard.press("ArrowUp");
  await expect(active()).toHaveAttribute("id", startId ?? "");

  await paletteInput(page).fill("流水线气泡");
  await expect(options(page).first()).toContainText("可扩展训练技术");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zh\/pre-training\/model-training\/\?hl=.*#scalable-training$/);
  await ready(page);
  await expect.poll(() => highlightedTexts(page)).toContain("流水线气泡");
  await expect(page.getByRole("status").filter({ hasText: "流水线气泡" })).toBeVisible();
  await page.locator(".search-highlight-bar").getByRole("button", { name: "清除标记" }).click();
  await expect(page).toHaveURL(/\/zh\/pre-training\/model-training\/#scalable-training$/);
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
});

test("a mouse click on a result opens it", async ({ page }) => {
  await page.goto("/en/");
  await ready(page);
  await page.getByRole("button", { name: "Search" }).click();
  await paletteInput(page).fill("Data Preprocessing");
  await options(page).filter({ hasText: "4.1.2" }).first().click();
  await expect(page).toHaveURL(/\/en\/pre-training\/data-collection\/\?hl=Data%20Preprocessing#data-preprocessing$/);
  await ready(page);
  await expect.poll(() => highlightedTexts(page)).toContain("Preprocessing");
});

test("concepts come first, and an alias in the other language finds the concept", async ({ page }) => {
  await page.goto("/en/");
  await ready(page);
  await page.keyboard.press("Control+k");
  await paletteInput(page).fill("检索增强");
  const groups = palette(page).getByRole("group");
  await expect(groups.first()).toHaveAccessibleName("Concepts");
  await expect(options(page).first()).toContainText("Retrieval-Augmented Generation");
  await expect(options(page).first()).toContainText("also called “检索增强”");
});

test("the results page survives a reload and its chapter filter works", async ({ page }) => {
  await page.goto("/en/search?q=retrieval");
  const results = page.locator(".search-results > li");
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  expect(all).toBeGreaterThan(5);
  await expect(page).toHaveTitle(/^Search: retrieval · /);

  const filter = page.getByRole("combobox", { name: "Show" });
  await filter.selectOption({ label: (await filter.locator("option", { hasText: /^9 / }).textContent()) ?? "" });
  await expect(page).toHaveURL(/[?&]in=9\b/);
  const inChapter = await results.count();
  expect(inChapter).toBeGreaterThan(0);
  expect(inChapter).toBeLessThan(all);
  for (const trail of await results.locator(".search-trail").allTextContents()) expect(trail).toMatch(/^(9 |Chapter 9)/);

  await page.reload();
  await expect(results).toHaveCount(inChapter);
  await expect(page.getByRole("searchbox")).toHaveValue("retrieval");
  await expect(filter).toHaveValue("9");

  await filter.selectOption("concepts");
  await expect(page).toHaveURL(/[?&]in=concepts\b/);
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBe(await results.locator(".search-badge", { hasText: "Concept" }).count());
});

test("typing on the results page updates the address, and no results offers close names", async ({ page }) => {
  await page.goto("/en/search");
  await ready(page);
  await page.getByRole("searchbox").fill("retreival");
  await expect(page).toHaveURL(/\/en\/search\/\?q=retreival$/);
  await expect(page.getByRole("strong")).toHaveText("No results for “retreival”");
  await page.getByRole("link", { name: "Retrieval-Augmented Generation" }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Retrieval-Augmented%20Generation$/);
  await expect(page.locator(".search-results > li").first()).toContainText("Retrieval-Augmented Generation");
  await expect(page.getByRole("link", { name: /Search the Chinese edition/ })).toHaveCount(0);
});

test("any input returns normally: regex characters, emoji, right-to-left text, 10,000 characters", async ({ page }) => {
  await page.goto("/en/");
  await ready(page);
  await page.keyboard.press("Control+k");
  const announced = palette(page).locator("[aria-live]");
  for (const input of [".*(", "😀👩‍👩‍👧", "שלום", "[a-z]+$", "\u202Egnp"]) {
    await paletteInput(page).fill(input);
    await expect(announced).toHaveText(/(No results|\d+ results?) for “/);
  }
  await paletteInput(page).fill("x".repeat(10_000));
  await expect(palette(page).getByText("Only the first 80 characters were searched.")).toBeVisible();
  await expect(announced).toHaveText(`No results for “${"x".repeat(80)}”`);
});

test("a long unbroken query wraps inside the palette: the no-results line and the other-edition link stay in the dialog", async ({ page }) => {
  await page.goto("/en/");
  await ready(page);
  await page.keyboard.press("Control+k");
  const query = "retrievalaugmentedgenerationwithoutanyspaces".repeat(2).slice(0, 80);
  await paletteInput(page).fill(query);
  const noResults = palette(page).getByRole("strong");
  const otherEdition = palette(page).getByRole("link", { name: /Search the Chinese edition/ });
  await expect(noResults).toHaveText(`No results for “${query}”`);
  const dialog = await palette(page).boundingBox();
  for (const element of [noResults, otherEdition]) {
    const box = await element.boundingBox();
    expect(box, "visible").not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(dialog!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(dialog!.x + dialog!.width);
  }
  // Nothing scrolls sideways either (an overflow clipped by the dialog would pass the boxes above).
  const body = palette(page).getByRole("region");
  expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test("the search button opens a full-screen palette that works by touch", async ({ page }) => {
    await page.goto("/en/");
    await ready(page);
    await page.getByRole("button", { name: "Search" }).tap();
    const box = await palette(page).boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(370);
    await paletteInput(page).fill("LoRA");
    await options(page).first().tap();
    await expect(page).toHaveURL(/\/en\/concepts\/lora\/\?hl=LoRA$/);
  });
});

for (const lang of ["en", "zh"] as const) {
  for (const theme of ["light", "dark"] as const) {
    test(`axe: the palette with results (${lang}, ${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/${lang}/`);
      await ready(page);
      await page.keyboard.press("Control+k");
      await paletteInput(page).fill(lang === "en" ? "retrieval" : "检索");
      await expect(options(page).first()).toBeVisible();
      await expect(options(page).first().locator(".search-snippet:not(.search-snippet-pending)")).toBeVisible();
      expect(await seriousAxeViolations(page, "dialog")).toEqual([]);
    });

    test(`axe: the results page (${lang}, ${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/${lang}/search?q=${encodeURIComponent(lang === "en" ? "attention" : "注意力")}`);
      await expect(page.locator(".search-results > li").first()).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}

test("a result opens on its first match, and n / Shift+N step through the matches", async ({ page }) => {
  // 4.2 mentions the KV cache for the first time several screens below its heading.
  await page.goto("/en/pre-training/architecture/?hl=KV%20cache#architecture");
  await ready(page);
  const status = page.getByRole("status").filter({ hasText: "KV cache" });
  await expect(status).toHaveText(/^1 of (\d+) for “KV cache” in this section$/);
  const current = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get("search-current") ?? [])][0] as Range | undefined;
      const box = range?.getBoundingClientRect();
      return box ? { text: range!.toString(), top: Math.round(box.top), visible: box.top >= 0 && box.bottom <= window.innerHeight } : null;
    });
  const first = await current();
  expect(first).toMatchObject({ text: "KV", visible: true });
  expect(await page.locator("#architecture").evaluate((h) => h.getBoundingClientRect().bottom)).toBeLessThan(0);
  await page.keyboard.press("n");
  await expect(status).toHaveText(/^2 of \d+/);
  const second = await current();
  expect(second?.visible).toBe(true);
  expect(second).not.toEqual(first);
  await page.keyboard.press("Shift+N");
  await expect(status).toHaveText(/^1 of \d+/);
  await page.getByRole("button", { name: "Previous match" }).click();
  await expect(status).not.toHaveText(/^1 of/);
});
