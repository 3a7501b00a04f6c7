/**
 * `npm test`: every check, in order — types, lint, content, unit tests, production build, end-to-end
 * tests in Chromium — then one closing line `N passed, N failed` (what CI reads). Each of types,
 * lint, content and build counts as one check; unit and end-to-end tests count one per test.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureChromium } from "./ensure-chromium";

const root = join(import.meta.dirname, "..");
// Vite 8 warns at length that a future config loader will want file extensions in imports; noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = "true";
const reports = join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name: string, command: string, args: string[]): boolean {
  const ok = run(name, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

/**
 * Counts from a test runner's JSON report. A run that wrote no report, or that failed with no
 * failed test (a file that could not load, an error outside tests), counts as one failure more.
 */
function countReport(name: string, file: string, runnerOk: boolean, read: (json: any) => { passed: number; failed: number }): void {
  try {
    const counts = read(JSON.parse(readFileSync(file, "utf8")));
    passed += counts.passed;
    failed += counts.failed;
    if (counts.failed > 0) failures.push(`${name}: ${counts.failed} failed`);
    else if (!runnerOk) {
      failed++;
      failures.push(`${name}: the runner failed outside any test (see its output above)`);
    }
  } catch {
    failed++;
    failures.push(`${name}: no report (the runner did not finish)`);
  }
}

check("type check", "npx", ["tsc", "-p", "tsconfig.json"]);
check("lint", "npx", ["eslint", "--config", "tests/eslint.config.js", "."]);
check("content", "npx", ["tsx", "src/pipeline/check-content.ts"]);

const vitestReport = join(reports, "vitest.json");
const unitOk = run("unit tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
countReport("unit tests", vitestReport, unitOk, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

const built = check("build", "npx", ["vite", "build"]);
const chromium = ensureChromium();
if (built && chromium.ok === true) {
  const e2eReport = join(reports, "playwright.json");
  const e2eOk = run("end-to-end tests", "npx", ["playwright", "test", "-c", "tests/e2e/playwright.config.ts"], { PW_JSON_OUTPUT: e2eReport });
  countReport("end-to-end tests", e2eReport, e2eOk, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));
} else {
  failed++;
  failures.push(chromium.ok === false ? `end-to-end tests not run: ${chromium.reason}` : "end-to-end tests not run: the build failed");
}

if (failures.length > 0) console.log(`\nFailed:\n  ${failures.join("\n  ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
