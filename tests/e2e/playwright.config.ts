import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";

// E2E_PORT lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results",
  fullyParallel: true,
  // Two cores here; more workers only make each page slower.
  workers: 2,
  retries: 0,
  reporter: process.env.PW_JSON_OUTPUT ? [["list"], ["json", { outputFile: process.env.PW_JSON_OUTPUT }]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Tests run against the production build (run `npm run build` first; `npm test` does), served
    // like any plain static host: no rewrite rules, 404.html for unknown paths.
    command: `npx tsx tests/static-server.ts --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    cwd: "../..",
  },
});
