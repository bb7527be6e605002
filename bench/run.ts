/**
 * `npm run bench`: bundle sizes (bytes and gzip) of every control and the web resource, the card's
 * render time in Chromium (React production build), then the gallery benchmark
 * (bench/gallery/run.ts, run as is) — printed as markdown with the date and the machine.
 * Each size stands beside its gzip budget (scripts/budgets.ts); the command exits 1 when a file is
 * over budget (after printing everything). `npm run bench:size` is the size part alone.
 * Needs `npm run build` first. BENCH_GALLERY=0 skips the gallery (it takes minutes at 20,000).
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { bundleSizes } from "./bundleSizes";
import { measureCardRender } from "./card/run";
import { checkSizes, markdownTable, SIZE_HEADER } from "./sizeTable";

const root = path.resolve(__dirname, "..");
const ms = (value: number) => `${value.toFixed(1)} ms`;

function galleryTable(): string {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(__dirname, "gallery", "run.ts")],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (result.status !== 0) throw new Error(`bench/gallery/run.ts exited with ${result.status}`);
  return result.stdout.trim();
}

async function main(): Promise<void> {
  const sizes = checkSizes(bundleSizes());
  const card = await measureCardRender();
  const rows: string[][] = [
    [
      "SocialProfileCard",
      `first render (init + updateView + mount), median / p95 of ${card.iterations}`,
      ms(card.mount.median),
      ms(card.mount.p95),
    ],
    ["SocialProfileCard", "updateView with one changed input, median / p95", ms(card.changedUpdate.median), ms(card.changedUpdate.p95)],
    ["SocialProfileCard", "updateView with the same inputs, median / p95", ms(card.unchangedUpdate.median), ms(card.unchangedUpdate.p95)],
  ];
  const cpus = os.cpus();
  console.log(`## Benchmarks — ${new Date().toISOString().slice(0, 10)}`);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.arch()}; Node ${process.version}; headless Chromium.\n`,
  );
  console.log(markdownTable(SIZE_HEADER, sizes.rows));
  console.log("");
  console.log(markdownTable(["what", "measure", "median", "p95"], rows));
  if (process.env.BENCH_GALLERY !== "0") {
    console.log("");
    console.log(galleryTable());
  }
  for (const failure of sizes.failures) console.error(`✖ ${failure}`);
  if (sizes.failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
