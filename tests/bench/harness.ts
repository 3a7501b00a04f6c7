/** What the browser benchmarks share: a `vite preview` of dist/ and a headless Chromium. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";

export const ROOT = join(import.meta.dirname, "..", "..");

/** Runs `fn` with the production build served on `port` and a browser; cleans up either way. */
export async function withPreviewAndBrowser<T>(port: number, fn: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  const server = spawn("npx", ["vite", "preview", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
    stdio: "ignore",
  });
  const origin = `http://localhost:${port}`;
  try {
    await waitForServer(origin);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      return await fn(browser, origin);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

async function waitForServer(origin: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not start at ${origin} (run \`npm run build\` first)`);
}
