/**
 * The reader's own study data, the way a reader uses it: highlights, notes, bookmarks, the notes
 * page, export and import, two tabs, damaged storage, reading progress and "continue".
 */
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, ready, test } from "./fixtures";

const SECTION = "/en/overview/llm-background/";
const PHRASE_A = "trained on massive text collections";
const PHRASE_B = "language model with hundreds of billions of parameters";

/** Selects a phrase of the article the way a script can (the toolbar follows any selection). */
async function select(page: Page, phrase: string): Promise<void> {
  await page.evaluate((text) => {
    const article = document.querySelector(".article")!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not in the article: ${text}`);
  }, phrase);
}

/** The text of every range painted under a highlight name (CSS Custom Highlight API). */
function painted(page: Page, name = "reader-yellow"): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])].map((r) => r.toString()).sort(), name);
}

/** Writes records straight into the reader's IndexedDB store, as an earlier visit would have. */
async function seed(page: Page, entries: [string, unknown][]): Promise<void> {
  await page.evaluate(
    (items) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("llm-survey-reader");
        open.onupgradeneeded = () => open.result.createObjectStore("records");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("records", "readwrite");
          for (const [key, value] of items) tx.objectStore("records").put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

const NOW = "2026-12-01T10:00:00.000Z";
const highlightRecord = (note: string) => ({
  type: "highlight",
  id: "highlight:seeded",
  page: "section:llm-background",
  lang: "en",
  target: { quote: { type: "TextQuoteSelector", exact: PHRASE_A, prefix: "", suffix: "" }, position: { type: "TextPositionSelector", start: 0, end: 0 } },
  color: "green",
  note,
  created: NOW,
  updated: NOW,
});
const bookmarkRecord = {
  type: "bookmark",
  id: "bookmark:section:llm-background#scaling-law-discussion",
  page: "section:llm-background",
  lang: "en",
  heading: "scaling-law-discussion",
  title: "Discussion on Scaling Laws",
  created: NOW,
  updated: NOW,
};

test("select with the mouse → highlight → reload: still there; its link opens the passage, marked", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(SECTION);
  await ready(page);
  // A real mouse drag over the phrase.
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector(".article")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at === -1) continue;
      node.parentElement!.scrollIntoView({ block: "center" });
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + text.length - 1);
      last.setEnd(node, at + text.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error("phrase not found");
  }, PHRASE_A);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  const toolbar = page.getByRole("toolbar", { name: "Highlight tools" });
  await toolbar.getByRole("button", { name: "Highlight yellow" }).click();
  await expect.poll(() => painted(page)).toEqual([PHRASE_A]);

  await page.reload();
  await ready(page);
  await expect.poll(() => painted(page)).toEqual([PHRASE_A]);

  // Copy a link to another passage and open it: scrolled into view and marked.
  await select(page, PHRASE_B);
  await toolbar.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link to the passage copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/en\/overview\/llm-background\/#passage:.+:~:text=/);
  const reader = await context.newPage();
  await reader.goto(link);
  await expect.poll(() => painted(reader, "reader-flash")).toEqual([PHRASE_B]);
  const inView = await reader.evaluate(() => {
    const rect = [...(CSS.highlights.get("reader-flash") as unknown as Set<Range>)][0]!.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight;
  });
  expect(inView).toBe(true);
});

test("a Markdown note renders on the notes page, inert when unsafe, and links back to its passage", async ({ page }) => {
  await page.goto(SECTION);
  await ready(page);
  await select(page, PHRASE_B);
  await page.getByRole("button", { name: "Add note" }).click();
  await page.getByLabel("Note (Markdown)").fill("**Key** idea, see [paper](https://arxiv.org/abs/2303.18223) and [bad](javascript:window.__pwned=1)\n\n<script>window.__pwned=2</script><img src=x onerror=\"window.__pwned=3\">\n\n- [x] done");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => painted(page)).toEqual([PHRASE_B]);

  await page.getByRole("navigation", { name: "Chapters" }).getByRole("link", { name: "Notes" }).click();
  await expect(page).toHaveURL(/\/en\/notes\/$/);
  await ready(page);
  const item = page.locator(".note-item", { hasText: PHRASE_B });
  await expect(item.locator(".note-markdown strong")).toHaveText("Key");
  await expect(item.getByRole("link", { name: "paper" })).toHaveAttribute("rel", /noopener/);
  // The unsafe link is not a link, raw HTML is not rendered, nothing ran.
  await expect(item.getByRole("link", { name: "bad" })).toHaveCount(0);
  await expect(item.locator("script, img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(item.getByRole("checkbox", { name: "Note (Markdown)" })).toBeChecked();

  // Search narrows the list; the link goes back to the passage, brought into view and marked.
  await page.getByLabel("Search your notes").fill("nothing like this");
  await expect(page.getByText("Nothing matches")).toBeVisible();
  await page.getByLabel("Search your notes").fill("key idea");
  await item.getByRole("link", { name: "Go to the passage" }).click();
  await expect(page).toHaveURL(/\/en\/overview\/llm-background\/#passage:/);
  await expect.poll(() => painted(page, "reader-flash")).toEqual([PHRASE_B]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("highlight and bookmark survive a reload; reading settings apply before the first paint", async ({ page }) => {
    await page.goto(SECTION);
    await ready(page);
    await select(page, PHRASE_A);
    await page.getByRole("toolbar", { name: "Highlight tools" }).getByRole("button", { name: "Highlight yellow" }).tap();
    await expect.poll(() => painted(page)).toEqual([PHRASE_A]);
    const bookmark = page.getByRole("button", { name: "Bookmark “Discussion on Scaling Laws”" });
    await bookmark.tap();
    await expect(bookmark).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "Reading settings" }).tap();
    await page.getByRole("radio", { name: "Larger" }).check();
    await expect(page.locator("html")).toHaveAttribute("data-font-size", "x-large");

    await page.reload({ waitUntil: "commit" });
    // Set by index.html's inline script, before the app's code has run.
    await page.waitForSelector("html[data-font-size='x-large']", { state: "attached" });
    await ready(page);
    await expect.poll(() => painted(page)).toEqual([PHRASE_A]);
    await expect(page.getByRole("button", { name: "Bookmark “Discussion on Scaling Laws”" })).toHaveAttribute("aria-pressed", "true");

    await page.goto("/en/notes/");
    await ready(page);
    await expect(page.getByRole("link", { name: "Discussion on Scaling Laws" })).toHaveAttribute("href", `${SECTION}#scaling-law-discussion`);
    await expect(page.locator(".note-highlight")).toContainText(PHRASE_A);
  });
});

test("export, then import into a fresh profile, round-trips everything", async ({ page, browser }) => {
  await page.goto("/en/");
  await seed(page, [
    [bookmarkRecord.id, bookmarkRecord],
    ["highlight:seeded", highlightRecord("A *note* with `code`")],
  ]);
  await page.evaluate(() =>
    localStorage.setItem("llm-survey-reader", JSON.stringify({ state: { progress: { "section:llm-background": { read: true, at: 1700000000000 } } }, version: 2 })),
  );
  const exportFrom = async (p: Page) => {
    await p.goto("/en/notes/");
    await expect(p.getByRole("button", { name: "Export (JSON)" })).toBeEnabled();
    const [download] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: "Export (JSON)" }).click()]);
    const { exportedAt: _, ...data } = JSON.parse(readFileSync((await download.path())!, "utf8")) as Record<string, unknown>;
    return data;
  };
  const exported = await exportFrom(page);
  expect(exported).toMatchObject({ format: "llm-survey-reader", version: 1, progress: { "section:llm-background": { read: true } } });
  expect((exported.records as unknown[]).length).toBe(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/en/notes/");
  await expect(other.getByText("Nothing here yet.")).toBeVisible();
  const input = other.locator('input[type="file"]');
  // A wrong file is refused with the reason, and nothing changes.
  await input.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"format":"llm-survey-reader","version":9}') });
  await expect(other.getByRole("alert")).toContainText("version: found 9");
  await input.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...exported, exportedAt: NOW })) });
  await expect(other.getByRole("region", { name: "Import" })).toContainText("2 new, 0 newer than yours");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByText("Imported: 2 items")).toBeVisible();
  expect(await exportFrom(other)).toEqual(exported);
  await fresh.close();
});

test("two tabs both add highlights, and both survive", async ({ page, context }) => {
  const second = await context.newPage();
  await page.goto(SECTION);
  await second.goto(SECTION);
  await ready(page);
  await ready(second);
  await select(page, PHRASE_A);
  await page.getByRole("button", { name: "Highlight yellow" }).click();
  await expect.poll(() => painted(page)).toEqual([PHRASE_A]);
  // The other tab, opened before any highlight existed, shows it without a reload.
  await expect.poll(() => painted(second)).toEqual([PHRASE_A]);
  await select(second, PHRASE_B);
  await second.getByRole("button", { name: "Highlight blue" }).click();
  // Each tab keeps the other's highlight next to its own.
  await expect.poll(() => painted(second)).toEqual([PHRASE_A]);
  await expect.poll(() => painted(second, "reader-blue")).toEqual([PHRASE_B]);
  await expect.poll(() => painted(page, "reader-blue")).toEqual([PHRASE_B]);
  for (const tab of [page, second]) {
    await tab.reload();
    await ready(tab);
    await expect.poll(() => painted(tab)).toEqual([PHRASE_A]);
    await expect.poll(() => painted(tab, "reader-blue")).toEqual([PHRASE_B]);
  }
});

test("damaged stored data: the app loads, keeps it aside and says so", async ({ page }) => {
  await page.goto("/en/");
  await seed(page, [
    ["highlight:broken", { type: "highlight", id: "highlight:broken", color: 7 }],
    [bookmarkRecord.id, bookmarkRecord],
  ]);
  await page.evaluate(() => localStorage.setItem("llm-survey-reader", "{not json"));
  await page.goto(SECTION);
  await ready(page);
  const notices = page.locator(".study-notices");
  await expect(notices).toContainText("1 saved item could not be read. It was kept aside unchanged, not deleted.");
  await expect(notices).toContainText("Some of your saved settings or reading marks could not be read.");
  // What could be read is there.
  await expect(page.getByRole("button", { name: "Bookmark “Discussion on Scaling Laws”" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => localStorage.getItem("llm-survey-reader:unreadable"))).toBe("{not json");
  const asideKeys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open("llm-survey-reader");
        open.onsuccess = () => {
          const req = open.result.transaction("records").objectStore("records").getAllKeys();
          req.onsuccess = () => resolve((req.result as string[]).filter((k) => k.startsWith("aside:")));
        };
      }),
  );
  expect(asideKeys).toEqual([expect.stringMatching(/^aside:highlight:broken:/)]);
});

test("scrolling through a section marks it read; 'continue' lands on the heading reached", async ({ page }) => {
  await page.goto(SECTION);
  await ready(page);
  const sidebar = page.getByRole("navigation", { name: "Chapters" });
  const sectionLink = sidebar.locator(`a[href="${SECTION}"]`);
  // Opening is not reading.
  await page.waitForTimeout(3500);
  await expect(sectionLink.locator(".toc-read")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(sectionLink.locator(".toc-read")).toHaveCount(1);
  await expect(sidebar.getByTestId("chapter-progress")).toHaveText(/1 of 2 read/);

  // Reading on: the heading reached is remembered, across reloads and days (localStorage).
  // (With the wheel, as a reader would: scrolls the reader didn't make never move the resume point.)
  const top = await page.locator("#emergent-abilities-of-llms").evaluate((h) => h.getBoundingClientRect().top);
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, top - 120);
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("llm-survey-reader") ?? "{}") as { state?: { resume?: { heading: string } | null } }).state?.resume?.heading ?? null))
    .toBe("emergent-abilities-of-llms");
  await page.reload();
  await ready(page);
  await page.getByRole("link", { name: "LLM Survey Reader" }).click();
  await expect(page.getByText("You have read 1 of")).toBeVisible();
  const resume = page.locator(".continue-reading").getByRole("link");
  await expect(resume).toContainText("Emergent Abilities of LLMs");
  await resume.click();
  await expect(page).toHaveURL(/#emergent-abilities-of-llms$/);
  await expect(page.locator("#emergent-abilities-of-llms")).toBeInViewport();

  await page.getByRole("button", { name: "Mark as unread" }).click();
  await expect(sectionLink.locator(".toc-read")).toHaveCount(0);
});

test("axe: the notes page and the selection toolbar, in both themes", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/en/");
  await seed(page, [
    [bookmarkRecord.id, bookmarkRecord],
    ["highlight:seeded", highlightRecord("A note with a [link](https://example.com) and a list:\n\n- [ ] to do")],
  ]);
  const check = async (scope: string) => {
    const { violations } = await new AxeBuilder({ page })
      .include(scope).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  };
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/en/notes/");
    await ready(page);
    await expect(page.locator(".note-markdown a")).toBeVisible();
    // The shell around it is checked on every page by a11y.spec.ts.
    await check("main");
    await page.goto(SECTION);
    await ready(page);
    await select(page, PHRASE_B);
    await expect(page.getByRole("toolbar", { name: "Highlight tools" })).toBeVisible();
    await check(".highlight-toolbar");
  }
});
