/** Concept pages, the index, previews and the map, as a reader uses them. */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, ready, test } from "./fixtures";

test("a concept's \"Discussed in\" lands on the mentioning sentence and marks it", async ({ page }) => {
  await page.goto("/en/concepts/lora/");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("LoRA");
  // The last place listed: usually far down its page, so landing on the heading would not show it.
  const place = page.locator(".discussed-in li").last();
  const context = ((await place.locator(".mention-context").textContent()) ?? "").trim();
  await place.locator("a.mention-place").click();
  await expect(page).toHaveURL(/\?mention=lora\.\d+/);
  await ready(page);
  const marked = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get("concept-mention") ?? [])][0] as Range | undefined;
      const box = range?.getBoundingClientRect();
      return range && box ? { text: range.toString().replace(/\s+/g, " ").trim(), visible: box.top >= 0 && box.bottom <= window.innerHeight } : null;
    });
  await expect.poll(marked).toMatchObject({ visible: true });
  // The marked sentence is the one "Discussed in" quoted (which may be cut with an ellipsis).
  const quoted = context.replace(/^…|…$/g, "").slice(0, 40);
  // (The page shows citation marks, "[7]", that the quoted sentence leaves out.)
  expect((await marked())?.text.replace(/\[\d+\]/g, "")).toContain(quoted);
});

test("a concept page shows related concepts and its context sentences mark the link", async ({ page }) => {
  await page.goto("/zh/concepts/rlhf/");
  await ready(page);
  await expect(page.getByRole("heading", { name: "相关概念" })).toBeVisible();
  await expect(page.locator(".concept-chips a").first()).toBeVisible();
  await expect(page.locator(".mention-context strong").first()).toContainText(/RLHF|强化学习/);
});

test("hovering a concept link shows its preview card without covering the link", async ({ page }) => {
  await page.goto("/en/overview/llm-background/");
  await ready(page);
  const link = page.locator("main a[data-kind='concept']").first();
  await link.hover();
  const card = page.getByRole("tooltip");
  await expect(card).toBeVisible();
  await expect(link).toHaveAttribute("aria-describedby", (await card.getAttribute("id")) ?? "");
  const [l, c] = [await link.boundingBox(), await card.boundingBox()];
  expect(l && c).toBeTruthy();
  const overlaps = l && c && l.x < c.x + c.width && c.x < l.x + l.width && l.y < c.y + c.height && c.y < l.y + l.height;
  expect(overlaps).toBeFalsy();
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
});

test("keyboard focus on a section link shows its number and title", async ({ page }) => {
  await page.goto("/en/introduction/");
  await ready(page);
  const link = page.locator("main a[data-kind='section']").first();
  await link.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await expect(page.getByRole("tooltip").locator(".preview-title")).not.toBeEmpty();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();
});

test.describe("on a touch screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the first tap opens the card, Esc and a tap outside close it, a second tap follows the link", async ({ page }) => {
    await page.goto("/en/overview/llm-background/");
    await ready(page);
    const link = page.locator("main a[data-kind='concept']").first();
    const before = page.url();
    await link.tap();
    const card = page.getByRole("tooltip");
    await expect(card).toBeVisible();
    expect(page.url()).toBe(before);
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await link.tap();
    await expect(card).toBeVisible();
    await page.locator("main h1").tap();
    await expect(card).toBeHidden();
    await link.tap();
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBeTruthy();
    await link.tap();
    await expect(page).toHaveURL(/\/en\/concepts\//);
  });
});

test("the concept index filter finds RLHF by its Chinese name, in the English interface", async ({ page }) => {
  await page.goto("/en/concepts/");
  const filter = page.getByRole("searchbox", { name: "Filter concepts" });
  await filter.fill("人类反馈");
  await expect(page.locator(".concept-list a")).toHaveCount(1);
  await expect(page.locator(".concept-list a")).toContainText("Reinforcement Learning from Human Feedback");
  await filter.fill("no such concept");
  await expect(page.getByRole("status")).toHaveText("No concept matches this filter.");
  await filter.fill("");
  await page.getByRole("button", { name: "A–Z" }).click();
  await expect(page.getByRole("button", { name: "A–Z" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "A" })).toBeVisible();
});

test("the map draws every concept and opens one on click and by keyboard", async ({ page }) => {
  await page.goto("/en/concepts/");
  const total = await page.locator(".concept-list a").count();
  await page.goto("/en/concepts/map/");
  const nodes = page.locator(".map-node");
  await expect(nodes).toHaveCount(total);
  await page.locator(".map-node[href='/en/concepts/lora/']").click();
  await expect(page).toHaveURL(/\/en\/concepts\/lora\/$/);
  await page.goto("/en/concepts/map/");
  await ready(page);
  // The last theme button of the legend comes right before the map in the tab order.
  await page.locator(".map-legend button").last().focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(".map-node:focus");
  await expect(focused).toHaveCount(1);
  await expect(page.locator(".map-node.dim").first()).toBeVisible();
  const href = (await focused.getAttribute("href")) ?? "";
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("the map's first view is legible: all of it above the fold, labels apart, full names on hover, a theme filter", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/concepts/map/");
  await ready(page);
  const svg = page.locator(".map-canvas");
  expect((await svg.boundingBox())!.y + (await svg.boundingBox())!.height).toBeLessThanOrEqual(800);
  const boxes = await page.locator(".map-node text").evaluateAll((els) =>
    els.filter((el) => getComputedStyle(el).display !== "none").map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  );
  expect(boxes.length).toBeGreaterThan(15);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  }
  // Labels are at least 11 px tall on screen.
  expect(Math.min(...boxes.map((b) => b.height))).toBeGreaterThanOrEqual(11);
  // A concept without a label at first sight shows its full name on hover.
  const minor = page.locator(".map-node.minor").first();
  await minor.hover();
  await expect(page.locator(".map-full-label")).toBeVisible();
  await expect(minor.locator("text")).toBeVisible();
  // The legend filters by theme.
  const all = await page.locator(".map-node").count();
  const data = page.locator(".map-legend button", { hasText: "Data" });
  await data.click();
  await expect(data).toHaveAttribute("aria-pressed", "false");
  expect(await page.locator(".map-node").count()).toBeLessThan(all);
  await data.click();
  await expect(page.locator(".map-node")).toHaveCount(all);
});

test.describe("the map on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("every concept is a target of at least 24 px", async ({ page }) => {
    await page.goto("/en/concepts/map/");
    await ready(page);
    const sizes = await page.locator(".map-hit").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });
});

for (const path of ["/en/concepts/", "/zh/concepts/rlhf/", "/en/concepts/map/", "/zh/concepts/map/"]) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main .loading")).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}
