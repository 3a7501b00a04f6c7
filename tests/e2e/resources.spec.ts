/** Papers, models, datasets and benchmarks: the bibliography, cite cards, References lists, catalogues, link styles. */
import { expect, ready, test } from "./fixtures";

test("the bibliography filters by words, years and chapter, and sorts by year", async ({ page }) => {
  await page.goto("/en/papers/");
  await ready(page);
  const items = page.locator(".paper");
  const total = await items.count();
  expect(total).toBeGreaterThan(300);
  await page.getByRole("searchbox", { name: "Filter papers" }).fill("low-rank adaptation");
  await expect(items.first()).toContainText("LoRA");
  await page.getByRole("searchbox", { name: "Filter papers" }).fill("");
  await page.getByLabel("From year").fill("2023");
  await page.getByLabel("Cited in chapter").selectOption("9");
  await page.getByLabel("Sort by").selectOption("year-asc");
  await expect(page.getByRole("status")).toContainText(/^\d+ of \d+ papers/);
  const filtered = await items.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  const bylines = await page.locator(".paper-byline").allTextContents();
  expect(bylines.every((b) => /2023|2024|2025/.test(b))).toBe(true);
  const cited = await page.locator(".paper-cited a").allTextContents();
  expect(cited.some((c) => c.startsWith("9."))).toBe(true);
});

test("a paper's anchor shows it with every section that cites it (zh)", async ({ page }) => {
  await page.goto("/zh/papers/#hu2021lora");
  await ready(page);
  const entry = page.locator("[id='hu2021lora']");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("LoRA");
  const places = entry.locator(".paper-cited a");
  expect(await places.count()).toBeGreaterThan(1);
  await places.first().click();
  await expect(page).toHaveURL(/\/zh\/[a-z-]+\/[a-z-]+\//);
  await ready(page);
  await expect(page.locator("main a[data-target='hu2021lora']").first()).toBeAttached();
});

test("a citation opens its card on hover and on focus, and the References list matches the page's citations", async ({ page }) => {
  await page.goto("/en/resources/model-checkpoints-and-apis/");
  await ready(page);
  const cites = page.locator("main .article a[data-kind='cite']");
  const cite = cites.first();
  await cite.hover();
  const card = page.getByRole("tooltip");
  await expect(card).toContainText("LLaMA: Open and Efficient Foundation Language Models");
  await expect(card).toContainText(/Cited in \d+ place/);
  await expect(card.getByRole("link", { name: /Open the paper/ })).toHaveAttribute("target", "_blank");
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await cites.nth(1).focus();
  await expect(card).toBeVisible();

  // The [n] marks, in order of first appearance, are the References list's entries in order.
  const marks = await cites.evaluateAll((els) => els.map((a) => [a.getAttribute("data-target"), a.querySelector(".cite-mark")?.textContent]));
  const firstSeen = [...new Map(marks.map(([id, mark]) => [id, mark])).entries()];
  const listed = await page.locator(".reference-list li").evaluateAll((els) => els.map((li) => li.id.replace(/^ref-/, "")));
  expect(firstSeen.map(([id]) => id)).toEqual(listed);
  expect(firstSeen.map(([, mark]) => mark)).toEqual(listed.map((_, i) => `[${i + 1}]`));
  await cite.click();
  await expect(page.locator(`[id='ref-${listed[0]}']`)).toBeInViewport();
});

test("a model's entry lists the sections that discuss it, with the sentence", async ({ page }) => {
  await page.goto("/en/models/#llama");
  await ready(page);
  const row = page.locator("tr[id='llama']");
  await expect(row).toBeInViewport();
  const mentions = row.locator(".entity-mentions li");
  await expect(mentions.first()).toBeVisible();
  expect(await mentions.count()).toBeGreaterThan(3);
  await expect(mentions.first().locator("strong")).toHaveText("LLaMA");
  await expect(row).toContainText("Meta AI");
  await mentions.first().getByRole("link").click();
  await ready(page);
  await expect(page.locator("main a[href='/en/models/#llama']").first()).toBeAttached();
});

test("internal, concept, entity, citation and external links each look different; external ones open a new tab", async ({ page }) => {
  await page.goto("/en/resources/model-checkpoints-and-apis/");
  await ready(page);
  const look = (selector: string) =>
    page.locator(selector).first().evaluate((a) => {
      const s = getComputedStyle(a);
      const after = getComputedStyle(a, "::after");
      return [s.color, s.textDecorationLine, s.textDecorationStyle, after.content !== "none" ? "icon" : "", a.querySelector("sup") ? "sup" : ""].join("|");
    });
  const styles = {
    section: await look("main .article a[data-kind='section']"),
    concept: await look("main .article a[data-kind='concept']"),
    model: await look("main .article a[data-kind='model']"),
    cite: await look("main .article a[data-kind='cite']"),
    external: await look("main .reference-list a.external"),
  };
  expect(new Set(Object.values(styles)).size, JSON.stringify(styles)).toBe(5);
  const external = page.locator("main .reference-list a.external").first();
  await expect(external).toHaveAttribute("target", "_blank");
  await expect(external).toHaveAttribute("rel", /noopener/);
  await expect(external).toHaveAccessibleName(/\(opens in a new tab\)$/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("catalogues filter and sort, fit the screen, and a tap on a named model opens its card (zh)", async ({ page }) => {
    await page.goto("/zh/datasets/");
    await ready(page);
    const rows = page.locator(".catalogue-table tbody tr");
    await page.getByRole("searchbox", { name: "筛选" }).fill("HH-RLHF");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("偏好数据");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto("/zh/models/");
    await ready(page);
    await page.getByLabel("排序").selectOption("params");
    const names = await rows.locator(".entity-name").allTextContents();
    expect(names.slice(0, 2)).toEqual(["GLaM", "PanGu-Σ"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.goto("/zh/resources/model-checkpoints-and-apis/");
    await ready(page);
    const model = page.locator("main .article a[data-kind='model']").first();
    await model.tap();
    await expect(page.getByRole("tooltip")).toBeVisible();
  });
});
