/**
 * `npm run bench:search` — the search engine against a peer measured in the same run: the same
 * documents (the real book, both languages) and the same queries (tests/search/queries.json, plus
 * every prefix of each as it is typed) in FlexSearch — configured as the reader ships it — and in
 * MiniSearch with the same Chinese bigram tokenizer, prefix search and AND (so both find the same
 * things). For each: index build time, exported index size (gzip), load time (median of fresh
 * processes, parse included), query latency p50 / p99, and the ratios. Then the bytes a reader
 * downloads to search — the search chunk plus one language's index — against that language's
 * Markdown (needs `npm run build` for the chunk sizes).
 *
 * Timings on a shared 2-core machine vary by ±30 %: read the ratios. Not a test: nothing asserts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import MiniSearch from "minisearch";
import { build } from "vite";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { buildSearchData, type IndexedDoc } from "../../src/pipeline/search/build-index";
import { searchDocuments } from "../../src/pipeline/search/documents";
import { createSearchIndex } from "../../src/shared/search/encoder";
import { createSearcher } from "../../src/shared/search/engine";
import { splitHanRuns } from "../../src/shared/search/han";
import { unpack } from "../../src/shared/search/pack";
import { foldText } from "../../src/shared/search/query";
import type { SearchData } from "../../src/shared/search/types";
import { LANGS, type Lang } from "../../src/shared/types";

const root = join(import.meta.dirname, "..", "..");
const LOAD_RUNS = 5;
const QUERY_ROUNDS = 20;

// ---- MiniSearch, given the same tokens as our index ------------------------------------------

/** Same words as our encoder: folded Latin words, Han runs split into bigrams. */
const miniTokenize = (text: string) => splitHanRuns(foldText(text), false).split(/\s+/).filter(Boolean);

const miniOptions = {
  fields: ["title", "names", "text"],
  tokenize: miniTokenize,
  processTerm: (term: string) => term,
  searchOptions: { prefix: true, combineWith: "AND" as const, boost: { title: 3, names: 2 } },
};

type MiniDoc = { id: number; title: string; names: string; text: string };

function miniDocs(docs: IndexedDoc[]): MiniDoc[] {
  return docs.map((doc, id) => ({ id, title: doc.title, names: doc.names.join("\n"), text: doc.text }));
}

// ---- child process: load time in a fresh process ----------------------------------------------

if (process.argv[2] === "--load") {
  const [, , , engine, file] = process.argv;
  const json = readFileSync(file ?? "", "utf8");
  const started = performance.now();
  if (engine === "flexsearch") createSearcher(JSON.parse(json) as SearchData).search("warm");
  else MiniSearch.loadJSON(json, miniOptions).search("warm");
  process.stdout.write(String(performance.now() - started));
  process.exit(0);
}

function loadTimeMs(engine: "flexsearch" | "minisearch", json: string, dir: string): number {
  const file = join(dir, `${engine}.json`);
  writeFileSync(file, json);
  const times: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const child = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "--load", engine, file], { cwd: root, encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    times.push(Number(child.stdout));
  }
  return median(times);
}

// ---- measurement helpers ---------------------------------------------------------------------

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Latency of each query in µs, over several rounds, after one warm-up round. */
function latencies(queries: string[], search: (q: string) => unknown): number[] {
  for (const q of queries) search(q);
  const samples: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const q of queries) {
      const started = process.hrtime.bigint();
      search(q);
      samples.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
  return samples;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Every query and each of its prefixes of 2+ characters: what the palette searches while typing. */
function asTyped(queries: string[]): string[] {
  const all = new Set<string>();
  for (const q of queries) {
    const chars = Array.from(q);
    for (let n = 2; n <= chars.length; n++) all.add(chars.slice(0, n).join(""));
  }
  return [...all];
}

/** A quality-set query; `among` ranks it within sections or concepts only (see queries.json). */
interface QualityCase {
  lang: Lang;
  q: string;
  expect: string;
  among?: "sections" | "concepts";
}

// ---- the run -----------------------------------------------------------------------------------

const book = buildBook(loadContent(root));
const quality = JSON.parse(readFileSync(join(root, "tests", "search", "queries.json"), "utf8")) as { queries: QualityCase[] };
const dir = mkdtempSync(join(tmpdir(), "search-bench-"));
const rows: string[][] = [["", "lang", "build", "index gzip", "load", "p50", "p99", "MRR"]];
const summary: string[] = [];

try {
  for (const lang of LANGS) {
    const docs = searchDocuments(book, lang);
    const cases = quality.queries.filter((q) => q.lang === lang);
    const queries = asTyped(cases.map((c) => c.q));

    // FlexSearch, as shipped: build + export + pack; load = parse + import + ready to search.
    let data: SearchData | null = null;
    const flexBuild = median([0, 1, 2].map(() => timeMs(() => (data = buildSearchData(lang, docs)))));
    const shipped = data as unknown as SearchData;
    const flexJson = JSON.stringify(shipped);
    const flexIndexGz = gz(JSON.stringify(shipped.index));
    const storeGz = gz(JSON.stringify(shipped.docs));
    const searcher = createSearcher(shipped);
    const rawIndex = createSearchIndex("querying");
    for (const [key, value] of unpack(shipped.index)) rawIndex.import(key, value as string);
    const flexRaw = latencies(queries, (q) => rawIndex.search(q, { limit: docs.length }));
    const flexFull = latencies(queries, (q) => searcher.search(q));
    const flexLoad = loadTimeMs("flexsearch", flexJson, dir);
    const flexMrr = mrr(cases, (q) => searcher.search(q).hits.map((h) => h.doc));

    // MiniSearch, same documents and tokens.
    let mini: MiniSearch<MiniDoc> | null = null;
    const miniBuild = median(
      [0, 1, 2].map(() =>
        timeMs(() => {
          mini = new MiniSearch<MiniDoc>(miniOptions);
          mini.addAll(miniDocs(docs));
        }),
      ),
    );
    const miniSearch = mini as unknown as MiniSearch<MiniDoc>;
    const miniJson = JSON.stringify(miniSearch);
    const miniIndexGz = gz(miniJson);
    const miniLatency = latencies(queries, (q) => miniSearch.search(q));
    const miniLoad = loadTimeMs("minisearch", miniJson, dir);
    const miniMrr = mrr(cases, (q) => miniSearch.search(q).flatMap((r) => docs[r.id as number] ?? []));

    const us = (x: number) => `${x.toFixed(1)} µs`;
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    const flexP50 = percentile(flexRaw, 0.5);
    const flexP99 = percentile(flexRaw, 0.99);
    const miniP50 = percentile(miniLatency, 0.5);
    const miniP99 = percentile(miniLatency, 0.99);
    rows.push(["FlexSearch (index)", lang, ms(flexBuild), kb(flexIndexGz), ms(flexLoad), us(flexP50), us(flexP99), ""]);
    rows.push(["FlexSearch + ranking (what the reader gets)", lang, "", "", "", us(percentile(flexFull, 0.5)), us(percentile(flexFull, 0.99)), flexMrr.toFixed(3)]);
    rows.push(["MiniSearch (same tokens, prefix, AND)", lang, ms(miniBuild), kb(miniIndexGz), ms(miniLoad), us(miniP50), us(miniP99), miniMrr.toFixed(3)]);
    rows.push([
      "ratio FlexSearch / MiniSearch",
      lang,
      ratio(flexBuild, miniBuild),
      ratio(flexIndexGz, miniIndexGz),
      ratio(flexLoad, miniLoad),
      ratio(flexP50, miniP50),
      ratio(flexP99, miniP99),
      "",
    ]);
    summary.push(
      `${lang}: ${docs.length} documents, ${queries.length} queries (${cases.length} quality-set queries and their typed prefixes) × ${QUERY_ROUNDS} rounds. ` +
        `FlexSearch p99 ${us(flexP99)} (target < 1000 µs); p50 ${(miniP50 / flexP50).toFixed(1)}× faster than MiniSearch (target ≥ 3×); ` +
        `with our ranking p50 ${(miniP50 / percentile(flexFull, 0.5)).toFixed(1)}× faster. Document store (titles, trails, urls, names) ${kb(storeGz)} gzip on top of the index.`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

printTable(rows);
console.log();
for (const line of summary) console.log(line);
console.log();
await printBytes();

function mrr(cases: QualityCase[], results: (q: string) => { key: string; kind: string }[]): number {
  let sum = 0;
  for (const c of cases) {
    const ranked = results(c.q).filter((doc) => !c.among || (doc.kind === "concept") === (c.among === "concepts"));
    const rank = ranked.findIndex((doc) => doc.key === c.expect) + 1;
    if (rank) sum += 1 / rank;
  }
  return sum / cases.length;
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => (row[col] ?? "").length)));
  for (const row of table) console.log(row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join("  "));
}

/**
 * What a reader downloads to search, against the language's Markdown: the search UI that is part
 * of every page (header button, palette, landing marks — built here on its own), then from dist/:
 * the first tier (the searcher and the language's document store: titles, aliases and numbers are
 * searched, the first results paint) and the full-text tier loaded right after it (FlexSearch and
 * the index), and the results page.
 */
async function printBytes(): Promise<void> {
  const assets = join(root, "dist", "assets");
  let files: string[];
  try {
    files = readdirSync(assets).filter((f) => f.endsWith(".js"));
  } catch {
    console.log("Bytes: no build in dist/ — run `npm run build` first for chunk sizes.");
    return;
  }
  const read = (f: string) => readFileSync(join(assets, f), "utf8");
  const sizeOf = (list: string[]) => list.reduce((sum, f) => sum + gz(read(f)), 0);
  const uiGz = await searchUiGzip();
  const searcherGz = sizeOf(files.filter((f) => /^searcher-/.test(f)));
  const bodyEngineGz = sizeOf(files.filter((f) => /^body-index-/.test(f)));
  const resultsPageGz = sizeOf(files.filter((f) => /^ResultsPage-/.test(f)));
  console.log(
    `Search code: UI in the page bundle ${kb(uiGz)} (button, palette, marks, CSS); on first search: searcher ${kb(searcherGz)}, ` +
      `then FlexSearch + index loader ${kb(bodyEngineGz)}; results page ${kb(resultsPageGz)}`,
  );
  const indexChunks = files.filter((f) => read(f).includes('{"parts":'));
  for (const lang of LANGS) {
    const store = files.find((f) => read(f).includes(`{"lang":"${lang}","docs":[`));
    const index = store ? indexChunks.find((f) => read(store).includes(f)) : undefined;
    const markdown = markdownOf(lang);
    const markdownGz = gz(markdown);
    if (!store || !index) {
      console.log(`${lang}: no store or index chunk found in dist/ — rebuild.`);
      continue;
    }
    const storeGz = gz(read(store));
    const indexGz = gz(read(index));
    const firstTier = searcherGz + storeGz;
    const all = uiGz + firstTier + bodyEngineGz + indexGz;
    // Text modules are objects keyed by document key: JSON.parse(`{"en/section/…":"…"}`).
    const textModule = new RegExp(`JSON\\.parse\\([\`'"]\\{\\\\?"${lang}/`);
    const pageTexts = files.filter((f) => textModule.test(read(f)));
    console.log(
      `${lang}: to the first title result ${kb(firstTier)} (searcher + store ${kb(storeGz)}); full text after it +${kb(bodyEngineGz + indexGz)} (index ${kb(indexGz)}). ` +
        `All search bytes ${kb(all)} vs Markdown ${kb(markdownGz)} gzip (${kb(Buffer.byteLength(markdown))} raw) → ratio ${(all / markdownGz).toFixed(2)} (target ≤ 1.00)` +
        `; snippet texts, fetched per page for the results on screen: ${kb(sizeOf(pageTexts))} over ${pageTexts.length} files`,
    );
  }
}

/** The search feature's always-loaded part, bundled on its own (React, the router and lazy parts left out). */
async function searchUiGzip(): Promise<number> {
  const feature = join(root, "src", "features", "search");
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root,
    build: {
      write: false,
      minify: true,
      lib: { entry: ["SearchLauncher.tsx", "SearchHighlight.tsx", "SearchPage.tsx"].map((f) => join(feature, f)), formats: ["es"] },
      rollupOptions: { external: (id: string) => /^(react|react-dom|wouter|virtual:)/.test(id) || /shared\/search\/(searcher|body-index|engine)|ResultsPage/.test(id) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
  return outputs.reduce((sum, o) => sum + gz("code" in o ? o.code : String(o.source)), 0);
}

function markdownOf(lang: Lang): string {
  const dirs = [join(root, "content", lang), join(root, "content", lang, "concepts")];
  return dirs
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".md"))
        .sort()
        .map((f) => readFileSync(join(d, f), "utf8")),
    )
    .join("\n");
}
