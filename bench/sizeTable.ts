import { checkBudget } from "./budgets";
import { BundleSize } from "./bundleSizes";

const bytes = (value: number) => `${value.toLocaleString("en-US")} B`;

export interface SizeTable {
  rows: string[][];
  /** Files over their budget, or with a budget but not built. */
  failures: string[];
}

/** One row per shipped file: size, gzip, gzip budget and headroom (or how far over). */
export function sizeTable(sizes: BundleSize[]): SizeTable {
  const failures: string[] = [];
  const rows = sizes.map((size) => {
    const { budget, over } = checkBudget(size.name, size.gzipBytes);
    if (size.bytes === undefined || size.gzipBytes === undefined) {
      if (budget !== undefined) failures.push(`${size.name}: not built — run \`npm run build\``);
      return [`${size.name} (\`${size.file}\`)`, "not built — run `npm run build`", "", budget === undefined ? "—" : bytes(budget), ""];
    }
    const verdict = budget === undefined ? "—" : over ? `OVER by ${bytes(size.gzipBytes - budget)}` : `ok, ${bytes(budget - size.gzipBytes)} left`;
    if (over) failures.push(`${size.name}: ${bytes(size.gzipBytes)} gzip is over its ${bytes(budget!)} budget`);
    return [`${size.name} (\`${size.file}\`)`, bytes(size.bytes), bytes(size.gzipBytes), budget === undefined ? "—" : bytes(budget), verdict];
  });
  return { rows, failures };
}

export const SIZE_HEADER = ["file", "size", "gzip", "gzip budget", "verdict"];

export function markdownTable(header: string[], rows: string[][]): string {
  const align = header.map((_, index) => (index === 0 ? "---" : "---:"));
  return [header, align, ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
