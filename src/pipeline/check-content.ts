/**
 * `npm run check:content [filter…]`: run the pipeline on content/ and print every problem,
 * file:line:column. With filters, only problems in files whose path contains one are printed
 * (a writer checking their own chapter while others are still being written).
 */
import { buildBook } from "./book";
import { loadContent } from "./load";
import { formatProblem } from "./problems";

const started = performance.now();
const book = buildBook(loadContent(process.cwd()));
const ms = Math.round(performance.now() - started);
const filters = process.argv.slice(2);
const shown = book.problems.filter((p) => filters.length === 0 || filters.some((f) => p.file.includes(f)));
if (shown.length > 0) {
  for (const problem of shown) console.error(formatProblem(problem));
  console.error(`\n${shown.length} content problem(s)${filters.length ? ` in ${filters.join(", ")}` : ""} (${ms} ms)`);
  process.exit(1);
}
const sections = book.tocs.en.chapters.reduce((n, c) => n + c.sections.length, 0);
console.log(`content OK: ${book.tocs.en.chapters.length} chapters, ${sections} sections, ${book.concepts.en.length} concepts, ${book.pages.length} pages (${ms} ms)`);
