/**
 * `npm run bench:size`: the shipped files' sizes against their gzip budgets (scripts/budgets.ts) —
 * sizes only, no timings, so CI can run it (`npm test` does). Needs `npm run build` first; exits 1
 * when a file is over its budget or missing.
 */
import { bundleSizes } from "./bundleSizes";
import { checkSizes, markdownTable, SIZE_HEADER } from "./sizeTable";

const { rows, failures } = checkSizes(bundleSizes());
console.log(markdownTable(SIZE_HEADER, rows));
for (const failure of failures) console.error(`✖ ${failure}`);
process.exitCode = failures.length ? 1 : 0;
