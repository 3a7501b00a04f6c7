/**
 * `npm run bench:map` — how long the concept map takes to become interactive, against a peer
 * measured in the same run: the same page if it had to run the force layout in the browser (what
 * graph views such as Quartz's do). Needs a build (`npm run build`) and Chromium.
 *
 * "Interactive" = every node is in the DOM and d3-zoom is attached to the canvas, measured from
 * navigation start with the page's own clock. Prints medians of RUNS fresh page loads and the ratio.
 */
import { join } from "node:path";
import { buildBook } from "../../src/pipeline/book";
import { loadContent } from "../../src/pipeline/load";
import { ROOT as root, withPreviewAndBrowser } from "./harness";

const RUNS = 7;
const d3 = (name: string) => join(root, "node_modules", name, "dist", `${name}.min.js`);

// The real graph, for the peer to lay out.
const { conceptMap } = buildBook(loadContent(root));
const graph = { themes: conceptMap.nodes.map((n) => n.theme), edges: conceptMap.edges };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ours: number[] = [];
const layoutInBrowser: number[] = [];
await withPreviewAndBrowser(4322, async (browser, origin) => {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/en/concepts/map/`);
    // performance.now() counts from navigation start.
    const interactive = await page.waitForFunction(() => {
      const svg = document.querySelector(".map-canvas") as (SVGSVGElement & { __zoom?: unknown }) | null;
      return svg && svg.__zoom && document.querySelectorAll(".map-node").length > 0 ? performance.now() : false;
    });
    ours.push((await interactive.jsonValue()) as number);

    // The peer: the same graph laid out in this page with d3-force, as the build does it.
    for (const name of ["d3-dispatch", "d3-quadtree", "d3-timer", "d3-force"]) await page.addScriptTag({ path: d3(name) });
    const simulated = await page.evaluate(({ themes, edges: pairs }) => {
      type D3 = typeof import("d3-force");
      const d3f = (window as unknown as { d3: D3 }).d3;
      const nodes = themes.map((theme, index) => ({ index, theme }));
      const themeOrder = [...new Set(themes)];
      const edges = pairs.map(([source, target]) => ({ source, target }));
      const start = performance.now();
      const sim = d3f
        .forceSimulation(nodes)
        .force("link", d3f.forceLink(edges).distance(90).strength(0.15))
        .force("charge", d3f.forceManyBody().strength(-260))
        .force("collide", d3f.forceCollide(46))
        .force("x", d3f.forceX((n) => themeOrder.indexOf((n as (typeof nodes)[number]).theme) * 40).strength(0.12))
        .force("y", d3f.forceY(0).strength(0.12))
        .stop();
      for (let t = 0; t < 400; t++) sim.tick();
      return performance.now() - start;
    }, graph);
    layoutInBrowser.push(ours[i]! + simulated);
    await page.close();
  }
});

const a = median(ours);
const b = median(layoutInBrowser);
console.log(`concept map, time to interactive (median of ${RUNS} fresh loads, this machine, same run):`);
console.log(`  prebuilt layout (ours):             ${a.toFixed(0)} ms`);
console.log(`  layout computed in the browser:     ${b.toFixed(0)} ms`);
console.log(`  ratio browser-layout / ours:        ${(b / a).toFixed(2)}×`);
