/** A test page that fails the test if the browser logged an error or an uncaught exception. */
import { test as base, expect, type Page } from "@playwright/test";

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors on the pages visited").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the page's content chunk has loaded (the loading line is gone). */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator("main .loading")).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
}
