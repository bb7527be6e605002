/**
 * `npm run docs:screenshots`: regenerates docs/screenshots/<control>-<variant>.png from the
 * playground in Chromium — light, dark and high contrast through the host theme, and Arabic
 * (right to left). Each image is cropped to the control's area on the page.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchChromium } from "../test/support/chromium";
import { buildPlayground } from "./build";
import { servePlayground } from "./server";
import { wizardStepScreenshots } from "./wizardScreenshots";

const root = path.resolve(__dirname, "..");
const OUT_DIR = path.join(root, "docs", "screenshots");

const CONTROLS = [
  { name: "card", slot: "card-slot", ready: 'article, [role="article"]' },
  { name: "wizard", slot: "wizard-slot", ready: "input" },
  { name: "gallery", slot: "gallery-slot", ready: '[role="gridcell"]' },
] as const;

const VARIANTS = [
  { name: "light", query: "?theme=light", lcid: 1033 },
  { name: "dark", query: "?theme=dark", lcid: 1033 },
  { name: "high-contrast", query: "?theme=highContrast", lcid: 1033 },
  { name: "rtl", query: "?theme=light&lcid=1025", lcid: 1025 },
] as const;

async function main(): Promise<void> {
  await buildPlayground();
  const server = await servePlayground(0);
  const browser = await launchChromium({ width: 1100, height: 1000 });
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    const page = await browser.context.newPage();
    for (const variant of VARIANTS) {
      await page.goto(`${server.url}${variant.query}`);
      for (const control of CONTROLS) {
        const slot = page.getByTestId(control.slot);
        await slot.locator(control.ready).first().waitFor();
        // Fonts and Fluent's styles settle in the next frames.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const file = path.join(OUT_DIR, `${control.name}-${variant.name}.png`);
        await slot.screenshot({ path: file, animations: "disabled", caret: "hide" });
        console.log(path.relative(root, file));
      }
      // The wizard's later steps (issue 22): numbers, then provisioning and the Twilio checklist.
      for (const file of await wizardStepScreenshots(page, variant.lcid, OUT_DIR, variant.name)) console.log(path.relative(root, file));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
