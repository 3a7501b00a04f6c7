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
