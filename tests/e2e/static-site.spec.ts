/**
 * The reader as a static site: pages readable without JavaScript, served by a plain file server,
 * surviving failed loads and deploys, and readable offline once saved.
 */
import type { Server } from "node:http";
import { join } from "node:path";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { readingOrder } from "../../src/shared/reading-order";
import { routes } from "../../src/shared/routes";
import type { ConceptId } from "../../src/shared/types";
import { serveStatic } from "../static-server";
import { expect, hydrated, NOT_FOUND_LOG, test } from "./fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, other, switchName] of [
    ["en", "zh", "阅读中文版"],
    ["zh", "en", "Read in English"],
  ] as const) {
    test(`a ${lang} section page shows its text, sidebar and working links`, async ({ page }) => {
      await page.goto(`/${lang}/pre-training/architecture/`);
      await expect(page.locator("main h1")).toContainText("4.2");
      expect(await page.locator("main .article p").count()).toBeGreaterThan(5);
      await expect(page.locator("main .article h2").first()).toBeVisible();
      // The sidebar's links are plain links to prerendered pages.
      const sidebar = page.locator("#sidebar");
      await sidebar.locator(`a[href="/${lang}/pre-training/model-training/"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/pre-training/model-training/$`));
      await expect(page.locator("main h1")).toContainText("4.3");
      // Next page, then the language switch, which keeps the page.
      await page.locator('nav.prev-next a[rel="next"]').click();
      await expect(page.locator("main h1")).toBeVisible();
      const here = new URL(page.url()).pathname;
      await page.getByRole("link", { name: switchName, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${here.replace(`/${lang}/`, `/${other}/`)}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", other === "zh" ? "zh-CN" : "en");
    });
  }

  test("a concept page and the search page work or say why not", async ({ page }) => {
    await page.goto("/en/concepts/lora/");
    await expect(page.locator("main h1")).toContainText("LoRA");
    expect(await page.locator("main a[href^='/en/pre-training/'], main a[href^='/en/post-training/']").count()).toBeGreaterThan(0);
    await page.goto("/en/search/");
    await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
  });
});

test.describe("on a plain static server", () => {
  test.use({ expectedConsoleErrors: NOT_FOUND_LOG });

  test("deep links, reload and unknown addresses work without rewrite rules", async ({ page }) => {
    const response = await page.goto("/zh/pre-training/architecture/#decoding-strategy");
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await expect(page.locator("#decoding-strategy")).toBeInViewport();
    await page.reload();
    await hydrated(page);
    await expect(page.locator("#decoding-strategy")).toBeInViewport();
    // A folder without its slash is redirected by the server, not by the app.
    await page.goto("/en/concepts/rlhf");
    await expect(page).toHaveURL(/\/en\/concepts\/rlhf\/$/);
    const missing = await page.goto("/en/no-such-page/");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("main h1")).toHaveText("Page not found");
  });

  test("each page's head describes it, in its language, with its alternates", async ({ page }) => {
    await page.goto("/zh/concepts/lora/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page).toHaveTitle(/低秩适配/);
    const head = page.locator("head");
    await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/zh\/concepts\/lora\/$/);
    await expect(head.locator('link[hreflang="en"]')).toHaveAttribute("href", /\/en\/concepts\/lora\/$/);
    await expect(head.locator('link[hreflang="x-default"]')).toHaveCount(1);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", /低秩适配/);
    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/zh/concepts/lora/</loc>");
    expect((await page.request.get("/robots.txt")).ok()).toBe(true);
  });
});

test.describe("when loading fails", () => {
  // The service worker would answer from its cache; these tests are about the network itself.
  test.use({ serviceWorkers: "block", expectedConsoleErrors: /net::ERR_INTERNET_DISCONNECTED|status of 404 \(Not Found\)/ });

  test("Try again after a failed load succeeds once the network is back", async ({ page, context }) => {
    await page.goto("/en/pre-training/");
    await hydrated(page);
    await context.setOffline(true);
    await page.locator("#sidebar").getByRole("link", { name: /^4\.2\s/ }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("You are offline, and this page is not saved");
    await context.setOffline(false);
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator("main h1")).toContainText("4.2");
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a chunk that a deploy removed reloads the page once, to the same place", async ({ page }) => {
    await page.goto("/en/pre-training/");
    await hydrated(page);
    // 4.2's chunk is gone, as if a new deploy had renamed it, until the page loads again (from then
    // on the "new deploy's" HTML and chunks are served).
    let failed = 0;
    let reloaded = false;
    page.on("request", (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) reloaded = true;
    });
    await page.route("**/pages/en-section-architecture-*.js", (route) => (reloaded ? route.continue() : (failed++, route.fulfill({ status: 404, body: "" }))));
    const load = page.waitForEvent("load");
    await page.locator("main .chapter-sections").getByRole("link", { name: /Decoding Strategy/ }).first().click();
    await load;
    expect(failed).toBeGreaterThan(0);
    expect(reloaded).toBe(true);
    await expect(page).toHaveURL(/\/en\/pre-training\/architecture\/#decoding-strategy$/);
    await hydrated(page);
    await expect(page.locator("#decoding-strategy")).toBeInViewport();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});

test.describe("offline", () => {
  // Offline, the service worker's network attempt fails (and says so) before it answers from its cache.
  test.use({ expectedConsoleErrors: /net::ERR_CONNECTION_REFUSED/ });
  let server: Server;
  const PORT = Number(process.env.E2E_PORT ?? 4321) + 70;
  const origin = `http://localhost:${PORT}`;
  test.beforeAll(async () => {
    server = await serveStatic(join(process.cwd(), "dist"), PORT);
  });
  test.afterAll(() => new Promise<void>((done) => (server.listening ? server.close(() => done()) : done())));

  test("after saving the book, every page of that language opens offline; an unsaved one says so", async ({ page }) => {
    test.setTimeout(180_000);
    const book = buildBook(loadContent(process.cwd()));
    const zhPages = [
      routes.home("zh"),
      ...readingOrder(book.tocs.zh).map((s) => s.href),
      routes.concepts("zh"),
      routes.conceptMap("zh"),
      ...book.concepts.zh.map((c) => routes.concept("zh", c.meta.id as ConceptId)),
    ];
    await page.goto(`${origin}/zh/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator("#sidebar").getByRole("button", { name: "保存供离线阅读" }).click();
    const saved = page.locator("#sidebar .save-offline-done");
    await expect(saved).toContainText(/已保存供离线阅读（[\d.]+ MB）/, { timeout: 90_000 });

    // A copy that lost entries (evicted, half-written) is found and completed on the next visit.
    const lost = ["/zh/pre-training/architecture/", (await page.evaluate(() => fetch("/offline-zh.json").then((r) => r.json()))).files.find((f: string) => f.includes("zh-section-architecture"))];
    await page.evaluate(async (urls) => {
      for (const url of urls) for (const name of await caches.keys()) await (await caches.open(name)).delete(url);
    }, lost);
    await page.reload();
    await expect(saved).toContainText(/已保存供离线阅读/, { timeout: 60_000 });
    for (const url of lost) expect(await page.evaluate((u) => caches.match(u).then((r) => !!r), url), url).toBe(true);

    await new Promise<void>((done) => server.close(() => done()));
    // Four tabs of the same browser (one service worker) share the pages between them.
    const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => page.context().newPage())))];
    await Promise.all(
      tabs.map(async (tab, i) => {
        for (const path of zhPages.filter((_, j) => j % tabs.length === i)) {
          const response = await tab.goto(origin + path, { waitUntil: "domcontentloaded" });
          expect(response?.status(), path).toBe(200);
          await expect(tab.locator("#root"), path).toHaveAttribute("data-path", path);
        }
      }),
    );
    await Promise.all(tabs.slice(1).map((tab) => tab.close()));
    // A saved page hydrates offline, and its links load their chunks from the saved copy.
    await page.goto(`${origin}/zh/pre-training/`);
    await hydrated(page);
    await page.locator("#sidebar").getByRole("link", { name: /^4\.2\s/ }).click();
    await expect(page.locator("main h1")).toContainText("4.2");
    // The other language was not saved.
    await page.goto(`${origin}/en/overview/`);
    await expect(page.getByRole("heading", { name: "This page is not saved for offline reading" })).toBeVisible();
  });
});
