import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { searchIndexModule } from "./src/pipeline/search/index-module";
import { readerContent } from "./src/pipeline/vite-plugin";

export default defineConfig({
  // Unit tests build fixture books themselves; they don't need the real content pipeline.
  plugins: [react(), ...(process.env.VITEST ? [] : [readerContent({ extraModules: [searchIndexModule] })])],
  build: {
    // Each page is its own small chunk by design; name them so a bundle listing reads clearly.
    rollupOptions: {
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
