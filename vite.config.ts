import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { searchIndexModule } from "./src/pipeline/search/index-module";
import { readerContent } from "./src/pipeline/vite-plugin";
import { prerender } from "./src/prerender/vite-plugin";
import { serviceWorker } from "./src/prerender/service-worker";

const site = prerender();

export default defineConfig({
  // Unit tests build fixture books themselves; they don't need the real content pipeline.
  plugins: [react(), ...(process.env.VITEST ? [] : [readerContent({ extraModules: [searchIndexModule] }), site, ...serviceWorker(site.shellFiles)])],
  // Deployed under a sub-path? BASE_PATH=/llm-survey/ npm run build (SITE_URL sets the origin).
  base: process.env.BASE_PATH ?? "/",
  build: {
    // The largest chunks are data that load on first search (each language's index, ~0.8 MB before
    // compression); everything a page needs on first load is far below this.
    chunkSizeWarningLimit: 1000,
    // Sizes a reader downloads are measured by `npm run bench:first-load`; gzip-sizing ~600 files
    // here only slows the build.
    reportCompressedSize: false,
    // Each page is its own small chunk by design; name them so a bundle listing reads clearly.
    rollupOptions: {
      // Plugin timings print on every build and read like a failure; the build is measured apart.
      checks: { pluginTimings: false },
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.startsWith("\0virtual:reader/page/")
            ? `pages/${chunk.facadeModuleId.slice("\0virtual:reader/page/".length).replaceAll("/", "-")}-[hash].js`
            : "assets/[name]-[hash].js",
      },
    },
  },
  test: {
    // Only unit tests: Playwright specs live in tests/e2e and run under Playwright.
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
