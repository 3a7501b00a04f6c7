/**
 * Interactive figures, as a reader uses them: prerendered pictures, controls that change them, a
 * shared address that reloads to the same picture, bad values that fall back with a note, code that
 * loads only near the viewport without moving the page, and axe in both themes.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { FIGURE_NAMES } from "../../src/shared/figures/registry";
import { expect, ready, test } from "./fixtures";

const LANGS = ["en", "zh"] as const;

test("every figure's page is prerendered with its default picture as SVG, in both languages", async ({ request }) => {
  for (const lang of LANGS) {
    for (const name of FIGURE_NAMES) {
      const html = await (await request.get(`/${lang}/figures/${name}/`)).text();
      const body = html.slice(html.indexOf(`id="figure-${name}-body"`));
      expect(body, `${lang} ${name}`).toMatch(/<svg[^>]*class="fig-chart"/);
      expect(body, `${lang} ${name}`).toContain('class="fig-summary"');
      expect(html, `${lang} ${name}: the figures' stylesheet in the head`).toMatch(/<link rel="stylesheet"[^>]*figures-[^"]*\.css/);
    }
    const index = await (await request.get(`/${lang}/figures/`)).text();
    for (const name of FIGURE_NAMES) expect(index).toContain(`href="/${lang}/figures/${name}/"`);
  }
});

test("training memory: a shared address reloads to the same picture, controls change it, bad values fall back with a note", async ({ page }) => {
  await page.goto("/en/figures/training-memory/?params=7&gpus=8&zero=3&precision=mixed");
  await ready(page);
  const summary = page.locator(".fig-summary");
  // ZeRO-3 on 8 GPUs: 16 × 7B / 8 = 14 GB of model states per GPU.
  await expect(page.getByLabel("Parameters (billions)", { exact: true })).toHaveValue("7");
  await expect(page.getByLabel("ZeRO stage", { exact: true })).toHaveValue("3");
  await expect(summary).toContainText("Model states 14 GB");
  await page.reload();
  await ready(page);
  await expect(summary).toContainText("Model states 14 GB");

  await page.getByLabel("ZeRO stage", { exact: true }).selectOption("0");
  await expect(summary).toContainText("Model states 112 GB");
  await expect(summary).toContainText("does not fit");
  await expect(page).toHaveURL(/params=7/);
  await expect(page).not.toHaveURL(/zero=/);

  // A typed value the figure can't use is named inline; the picture keeps the last valid one.
  await page.getByLabel("GPUs (data parallel)", { exact: true }).fill("-2");
  await expect(page.getByRole("alert")).toContainText("gpus=-2");
  await expect(summary).toContainText("Model states 112 GB");

  await page.goto("/en/figures/training-memory/?gpus=-3&zero=abc&params=1e400");
  await ready(page);
  const note = page.locator(".fig-note");
  await expect(note).toContainText("gpus=-3");
  await expect(note).toContainText("zero=abc");
  await expect(note).toContainText("params=1e400");
  await expect(page.locator(".figure-body svg.fig-chart")).toBeVisible();
  await expect(summary).toContainText("Model states 107 GB"); // the defaults: P = 6.7e9, data parallel
});

test("sliders and menus change the scaling explorer, decoding and inference figures and their addresses", async ({ page }) => {
  await page.goto("/zh/figures/scaling-explorer/");
  await ready(page);
  const summary = page.locator(".fig-summary");
  const before = await summary.textContent();
  const slider = page.getByLabel("计算预算", { exact: true });
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(summary).not.toHaveText(before ?? "");
  await expect(page).toHaveURL(/compute=/);

  await page.goto("/en/figures/decoding-strategies/?p=0.5");
  await ready(page);
  // Alpaca's t = 0.7 sharpens the distribution; top-p 0.5 then keeps tea alone.
  await expect(page.locator(".fig-summary")).toContainText("Only “tea” remains");
  await page.getByLabel("Top-p", { exact: true }).fill("1");
  await expect(page.locator(".fig-summary")).toContainText("8 tokens remain");

  await page.goto("/en/figures/inference-cost/?model=llama-2-70b");
  await ready(page);
  // GQA: 2 × 80 layers × 8 KV heads × 128 × 2 bytes = 327,680 bytes per token.
  await expect(page.locator(".fig-stats")).toContainText("328 KB");
  await page.getByLabel("Model", { exact: true }).selectOption("llama-2-7b");
  await expect(page.locator(".fig-stats")).toContainText("524 KB");
  await expect(page.locator(".fig-summary")).toContainText("memory-bound");
});

test("model timeline: filters and keyboard selection, with a link to where the book discusses the model", async ({ page }) => {
  await page.goto("/en/figures/model-timeline/?org=deepmind");
  await ready(page);
  const points = page.locator(".fig-timeline [data-model]");
  await expect(points).toHaveCount(4); // Gopher, AlphaCode, Chinchilla, Sparrow
  await points.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/model=/);
  const details = page.locator(".fig-timeline .fig-summary");
  await expect(details).toContainText("DeepMind");
  await page.getByLabel("Access", { exact: true }).selectOption("open");
  await expect(points).toHaveCount(0);
  await expect(page.locator(".fig-empty")).toBeVisible();

  await page.goto("/en/figures/model-timeline/?model=gpt-3");
  await ready(page);
  const link = page.locator(".fig-timeline .fig-summary a");
  await expect(link).toHaveAttribute("href", "/en/overview/gpt-evolution/");
});

test("in a chapter a figure's code loads only near the viewport, and the page does not move when it does", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (r) => /TrainingMemory-[^/]*\.js$/.test(r.url()) && loaded.push(r.url()));
  await page.goto("/en/advanced-topics/training-optimization/");
  await ready(page);
  const figure = page.locator("#figure-training-memory");
  await expect(figure.locator("svg.fig-chart")).toBeVisible(); // the prerendered picture
  await page.waitForTimeout(300);
  expect(loaded).toEqual([]);
  const before = await figure.boundingBox();
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => loaded.length).toBe(1);
  // Interactive once the code has replaced the prerendered markup: the summary answers a control.
  await expect(async () => {
    await page.getByLabel("ZeRO stage", { exact: true }).selectOption("3");
    await expect(figure.locator(".fig-summary")).toContainText("Model states 13.4 GB", { timeout: 500 });
  }).toPass();
  const after = await figure.boundingBox();
  expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
  await expect(figure.getByRole("link", { name: "Open on its own page" })).toHaveAttribute("href", "/en/figures/training-memory/");
});

// Each figure in both themes; the two languages share their markup, so one language per theme keeps
// this quick (the crawl runs axe on the English figure pages as well).
for (const [theme, lang] of [["light", "en"], ["dark", "zh"]] as const) {
  test(`axe: every figure (${lang}, ${theme} theme)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const name of FIGURE_NAMES) {
      await page.goto(`/${lang}/figures/${name}/`);
      await ready(page);
      const { violations } = await new AxeBuilder({ page }).include("main figure.figure").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${lang} ${name}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    }
  });
}
