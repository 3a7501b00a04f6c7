/** What the browser benchmarks share: a `vite preview` of dist/ and a headless Chromium. */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";

export const ROOT = join(import.meta.dirname, "..", "..");

/** Runs `fn` with the production build served on `port` and a browser; cleans up either way. */
export async function withPreviewAndBrowser<T>(port: number, fn: (browser: Browser, origin: string) => Promise<T>): Promise<T> {
  // `npx` starts the server as a child of its own: killing npx alone left `vite preview` running
  // (issue 11, item 19). Detached, the server gets a process group of its own, which is stopped whole.
  const server = spawn("npx", ["vite", "preview", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" },
    stdio: "ignore",
    detached: true,
  });
  const stop = () => stopGroup(server);
  // Also on an early exit (an exception, or process.exit in the benchmark).
  process.once("exit", stop);
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
    process.off("exit", stop);
    await stopGroup(server);
  }
}

/** SIGTERM to the server's whole process group (npx, the shell it may start, node running vite), then wait for npx to go. */
function stopGroup(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // The group is already gone.
    return Promise.resolve();
  }
  return exited;
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
