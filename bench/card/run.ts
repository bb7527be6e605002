/**
 * The card's render time in Chromium with React's production build (the harness uses the
 * development build, so its timings mean nothing). `npx tsx bench/card/run.ts` prints it alone.
 */
import path from "node:path";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { launchChromium } from "../../test/support/chromium";
import type { CardTimings } from "./page";
import { bundleProductionPage } from "../productionBundle";

export interface CardRenderResult {
  iterations: number;
  mount: { median: number; p95: number };
  changedUpdate: { median: number; p95: number };
  unchangedUpdate: { median: number; p95: number };
}

const WARMUP = 20;
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function measureCardRender(iterations = 200): Promise<CardRenderResult> {
  const script = await bundleProductionPage(path.join(__dirname, "page.tsx"));
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><html lang="en"><body><div id="root" style="width:720px"></div></body></html>');
    await page.evaluate((strings) => (window.cardStrings = strings), { ...loadResxStrings(1033) });
    await page.addScriptTag({ content: script });
    // Warm-up lets the JIT and Fluent's style insertion settle; only the runs after it count.
    await page.evaluate((count) => window.runCardBench(count), WARMUP);
    const timings: CardTimings = await page.evaluate((count) => window.runCardBench(count), iterations);
    const summary = (values: number[]) => ({ median: percentile(values, 50), p95: percentile(values, 95) });
    return {
      iterations,
      mount: summary(timings.mountMs),
      changedUpdate: summary(timings.changedUpdateMs),
      unchangedUpdate: summary(timings.unchangedUpdateMs),
    };
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  measureCardRender().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
