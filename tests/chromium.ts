/**
 * End-to-end tests use the system's Chromium (Playwright cannot download a browser here).
 * CHROMIUM_PATH overrides the default /usr/bin/chromium.
 */
import { existsSync } from "node:fs";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** As root Chromium needs --no-sandbox; the rest stop it from calling a network that isn't there. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
