/**
 * `vite build` builds the browser bundle, then the prerender's server bundle (React's static
 * renderer over the same app, in Node), then writes every route's HTML into the browser bundle's
 * folder (write-site.ts). One command, as before; the result is a plain static site.
 */
import { join, resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { BundleGraph, type ChunkInfo } from "./bundle-graph";
import { writeSite } from "./write-site";

const SERVER_OUT = "node_modules/.cache/reader-prerender";
const SERVER_ENTRY = "src/prerender/entry-server.tsx";
const PWA_STUB = "\0reader-prerender:pwa-register-stub";

export interface PrerenderPlugin extends Plugin {
  /** The browser bundle's shell (entry, its static imports, their CSS), once the bundle is written. */
  shellFiles(): Set<string>;
}

export function prerender(): PrerenderPlugin {
  let chunks: ChunkInfo[] = [];
  let config: ResolvedConfig;
  return {
    name: "reader-prerender",
    shellFiles: () => new BundleGraph(chunks).shell(),
    apply: "build",
    config: () => ({
      builder: {
        // One plugin instance for both bundles, so what the browser build records reaches buildApp.
        sharedConfigBuild: true,
        sharedPlugins: true,
        async buildApp(builder) {
          const { client, ssr } = builder.environments;
          if (!client || !ssr) throw new Error("the prerender needs the client and ssr environments");
          await builder.build(client);
          await builder.build(ssr);
          const started = performance.now();
          const outDir = resolve(config.root, client.config.build.outDir);
          const { pages } = await writeSite({
            outDir,
            serverEntry: join(resolve(config.root, SERVER_OUT), "entry-server.js"),
            graph: new BundleGraph(chunks),
            site: { origin: (process.env.SITE_URL ?? "http://localhost:4173").replace(/\/$/, ""), base: config.base },
          });
          config.logger.info(`prerendered ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        },
      },
      environments: {
        ssr: { build: { ssr: SERVER_ENTRY, outDir: SERVER_OUT, emptyOutDir: true, copyPublicDir: false } },
      },
    }),
    configResolved(resolved) {
      config = resolved;
    },
    // The service worker exists for the browser build only; the server bundle never registers one.
    resolveId(id) {
      return this.environment.name === "ssr" && id === "virtual:pwa-register" ? PWA_STUB : null;
    },
    load(id) {
      return id === PWA_STUB ? "export function registerSW() { return () => Promise.resolve(); }" : null;
    },
    // After Vite's own hooks, which drop the chunks that only carried CSS.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        if (this.environment.name !== "client") return;
        chunks = Object.values(bundle).flatMap((item) =>
          item.type === "chunk"
            ? [
                {
                  file: item.fileName,
                  facade: item.facadeModuleId,
                  isEntry: item.isEntry,
                  imports: item.imports,
                  dynamicImports: item.dynamicImports,
                  css: [...(item.viteMetadata?.importedCss ?? [])],
                },
              ]
            : [],
        );
      },
    },
  };
}
