/** A test page that fails the test if the browser logged an error or an uncaught exception. */
import { test as base, expect, type Page } from "@playwright/test";

export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp | null }>({
  /** Errors a test provokes on purpose (the 404 status of an unknown address, say). */
  expectedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !expectedConsoleErrors?.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors on the pages visited").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The browser's log line for a response with status 404 (an unknown address does get one). */
export const NOT_FOUND_LOG = /status of 404 \(Not Found\)/;

/**
 * Waits until the page is in a reader's hands: React runs it (a prerendered page shows its text
 * before that, but clicks and selections need the scripts) and its content is there.
 */
export async function ready(page: Page): Promise<void> {
  await hydrated(page);
  await expect(page.locator("main .loading")).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
}

/** Waits until the prerendered page has been hydrated (React has attached to the server's HTML). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById("root");
    return !!root && Object.keys(root).some((k) => k.startsWith("__reactContainer"));
  });
}
