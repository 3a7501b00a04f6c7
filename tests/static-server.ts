/**
 * `npm run preview` and the end-to-end tests serve dist/ the way a plain static host does: files
 * and folders' index.html, a redirect from /folder to /folder/, and 404.html with status 404 for
 * anything else — no single-page-app fallback, so a page that works here works on any host.
 *
 *   tsx tests/static-server.ts [--port 4173] [--dir dist]
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import sirv from "sirv";

export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const files = sirv(root, { dev: true, etag: true, extensions: ["html"] });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const target = join(root, path);
    // A folder without its trailing slash: redirect, as GitHub Pages, S3 and python's http.server do.
    if (!path.endsWith("/") && target.startsWith(root) && existsSync(target) && statSync(target).isDirectory()) {
      const search = new URL(req.url ?? "/", "http://x").search;
      res.writeHead(301, { Location: `${path}/${search}` }).end();
      return;
    }
    files(req, res, () => {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
      res.end(existsSync(notFound) ? readFileSync(notFound) : "Not found");
    });
  });
  return new Promise((done) => server.listen(port, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  const port = Number(process.argv.includes("--port") ? arg("--port") : 4173);
  const dir = process.argv.includes("--dir") ? (arg("--dir") ?? "dist") : "dist";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveStatic(dir, port);
  console.log(`Serving ${dir}/ at http://localhost:${port}/ (a plain static server: no rewrite rules)`);
}
