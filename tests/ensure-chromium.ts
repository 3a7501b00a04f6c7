/**
 * Makes sure Debian's Chromium is there for the end-to-end tests: as root it installs it with apt
 * (about a minute); otherwise it says what to do.
 */
import { spawnSync } from "node:child_process";
import { chromiumPath, hasChromium } from "./chromium";

export function ensureChromium(): { ok: true } | { ok: false; reason: string } {
  if (hasChromium()) return { ok: true };
  if (process.env.CHROMIUM_PATH) return { ok: false, reason: `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` };
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason: `no Chromium at ${chromiumPath()}: install it with \`sudo apt-get install -y chromium fonts-wqy-microhei\`, or set CHROMIUM_PATH to a Chromium or Chrome binary`,
    };
  }
  console.log("\n▶ installing Debian's chromium and a CJK font (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = update.status === 0 && spawnSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-wqy-microhei"], { stdio: "inherit", env });
  if (install && install.status === 0 && hasChromium()) return { ok: true };
  return { ok: false, reason: "apt-get could not install chromium (see its output above)" };
}
