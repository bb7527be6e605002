import { checkBudget, GZIP_BUDGETS } from "../scripts/budgets";
import { BundleSize } from "./bundleSizes";

const bytes = (value: number) => `${value.toLocaleString("en-US")} B`;

export interface SizeTable {
  rows: string[][];
  /** Files over their limit, or with a budget but not built. */
  failures: string[];
}

export const SIZE_HEADER = ["file", "size", "gzip", "gzip limit (enforced)", "gzip target (issue 14)", "verdict"];

/** One row per shipped file: size, gzip, the enforced limit and the target beside it, and the verdict. */
export function sizeTable(sizes: BundleSize[]): SizeTable {
  const failures: string[] = [];
  const rows = sizes.map((size) => {
    const { budget, over } = checkBudget(size.name, size.gzipBytes);
    const limit = budget ? bytes(budget.limit) : "—";
    const target = budget ? bytes(budget.target) : "—";
    const label = `${size.name} (\`${size.file}\`)`;
    if (size.bytes === undefined || size.gzipBytes === undefined) {
      if (budget) failures.push(`${size.name}: not built — run \`npm run build\``);
      return [label, "not built — run `npm run build`", "", limit, target, budget ? "FAIL" : "—"];
    }
    if (!budget) return [label, bytes(size.bytes), bytes(size.gzipBytes), limit, target, "—"];
    if (over) failures.push(`${size.name}: ${bytes(size.gzipBytes)} gzip is over its ${bytes(budget.limit)} limit`);
    const verdict = over
      ? `FAIL: ${bytes(size.gzipBytes - budget.limit)} over the limit`
      : size.gzipBytes <= budget.target
        ? `ok, ${bytes(budget.target - size.gzipBytes)} under target`
        : `within limit, ${bytes(size.gzipBytes - budget.target)} over target`;
    return [label, bytes(size.bytes), bytes(size.gzipBytes), limit, target, verdict];
  });
  return { rows, failures };
}

/**
 * Budgets no measured file answers to: a library script found by listing its folder leaves no row
 * when it was not built or copied, so "not built" alone would let its budget pass unseen.
 */
export function unmeasuredBudgets(sizes: readonly BundleSize[]): string[] {
  const measured = new Set(sizes.map((size) => size.name));
  return Object.keys(GZIP_BUDGETS)
    .filter((name) => !measured.has(name))
    .map((name) => `${name}: has a budget but no file was found — run \`npm run build\``);
}

/** What `npm run bench` and `bench:size` report and fail on: the table, and every failure (over, not built, unmeasured). */
export function checkSizes(sizes: readonly BundleSize[]): SizeTable {
  const table = sizeTable([...sizes]);
  return { rows: table.rows, failures: [...table.failures, ...unmeasuredBudgets(sizes)] };
}

export function markdownTable(header: string[], rows: string[][]): string {
  const align = header.map((_, index) => (index === 0 ? "---" : "---:"));
  return [header, align, ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
