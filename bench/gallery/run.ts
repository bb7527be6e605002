/**
 * Gallery benchmark: `npx tsx bench/gallery/run.ts` (npm run bench:gallery).
 * Bundles bench/gallery/page.tsx with esbuild and React's production build, then in headless
 * Chromium (playwright-core, the browser test/support/chromium.ts launches) renders the gallery control and a naive
 * reference (every card, no virtualization) with 100 / 1,000 / 5,000 / 20,000 loaded profiles.
 * Prints medians of a few runs per cell; the timings are taken inside the page.
 */
import path from "node:path";
import { launchBrowser } from "../../test/support/chromium";
import { loadStrings } from "../../plugins-shim/strings/resx";
import type { Kind, Measurement } from "./page";
import { bundleProductionPage } from "../productionBundle";

const SIZES = (process.env.GALLERY_BENCH_SIZES ?? "100,1000,5000,20000").split(",").map(Number);
const PAGE_SIZE = 100;
const RUNS = Number(process.env.GALLERY_BENCH_RUNS ?? 3);
/** A run that takes longer is reported as "> budget" (the naive reference at 20,000 cards takes many minutes). */
const RUN_BUDGET_MS = Number(process.env.GALLERY_BENCH_BUDGET_S ?? 180) * 1000;
/** The naive reference at 20,000 cards takes minutes per run; one run is enough to show it. */
const NAIVE_RUNS_AT = (size: number): number => (size >= 20000 ? 1 : RUNS);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const script = await bundleProductionPage(path.join(__dirname, "page.tsx"));
  const strings = loadStrings(1033);
  const browser = await launchBrowser();
  try {
    const measure = async (kind: Kind, size: number): Promise<Measurement | undefined> => {
      const runs: Measurement[] = [];
      for (let run = 0; run < (kind === "naive" ? NAIVE_RUNS_AT(size) : RUNS); run += 1) {
        // A fresh page per run: no styles, heap or JIT state carried over from the previous one.
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.setDefaultTimeout(15 * 60 * 1000);
        await page.setContent(
          '<!doctype html><html lang="en"><body style="margin:0"><div id="root" style="width:1200px"></div></body></html>',
        );
        await page.evaluate((value) => (window.galleryStrings = value), strings);
        await page.addScriptTag({ content: script });
        const run_ = page.evaluate(([k, n, p]) => window.runGalleryBench(k as Kind, n as number, p as number), [
          kind,
          size,
          PAGE_SIZE,
        ] as const);
        const outOfTime = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), RUN_BUDGET_MS).unref());
        const result = await Promise.race([run_, outOfTime]);
        await page.close().catch(() => undefined);
        if (!result) return undefined;
        runs.push(result);
      }
      const pick = (key: keyof Measurement) => median(runs.map((m) => m[key]));
      return {
        renderMs: pick("renderMs"),
        appendPageMs: pick("appendPageMs"),
        unchangedUpdateMs: pick("unchangedUpdateMs"),
        scrollToEndMs: pick("scrollToEndMs"),
        domElements: pick("domElements"),
        domElementsAfterScroll: pick("domElementsAfterScroll"),
      };
    };

    const rows: string[][] = [];
    for (const size of SIZES) {
      const virtual = await measure("virtual", size);
      const naive = await measure("naive", size);
      // The budget covers a whole run (render, page, update, scroll): past it, nothing of the run is known.
      const over = `run > ${RUN_BUDGET_MS / 1000} s`;
      const ms = (m: Measurement | undefined, key: keyof Measurement) => (m ? m[key].toFixed(1) : over);
      rows.push([
        size.toLocaleString("en-US"),
        ms(virtual, "renderMs"),
        ms(naive, "renderMs"),
        virtual && naive ? `${(naive.renderMs / virtual.renderMs).toFixed(1)}×` : "—",
        ms(virtual, "appendPageMs"),
        ms(naive, "appendPageMs"),
        ms(virtual, "unchangedUpdateMs"),
        ms(naive, "unchangedUpdateMs"),
        ms(virtual, "scrollToEndMs"),
        ms(naive, "scrollToEndMs"),
        virtual ? `${virtual.domElements} / ${virtual.domElementsAfterScroll}` : over,
        naive ? String(naive.domElements) : over,
      ]);
      console.error(`measured ${size}: ${rows[rows.length - 1].join(" | ")}`);
    }
    const header = [
      "loaded",
      "render",
      "naive",
      "ratio",
      "+1 page",
      "naive",
      "same data",
      "naive",
      "scroll end",
      "naive",
      "DOM (top / end)",
      "naive DOM",
    ];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i])).join(" | ")} |`;
    console.log(
      `Gallery benchmark (ms, median of ${RUNS} run(s); naive at 20,000: 1 run; page size ${PAGE_SIZE}; budget per run ${RUN_BUDGET_MS / 1000} s; Chromium headless, React production build)`,
    );
    console.log(line(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const row of rows) console.log(line(row));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
