/**
 * Renders the form designer's preview image (img/preview.png) from the real gallery: the
 * control itself over the test fake dataset, English strings, bundled with esbuild (React
 * production build) and photographed in headless Chromium. Run after changing the look:
 *   npx tsx scripts/previews/galleryPreview.ts
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { BROWSER_BUILD_OPTIONS } from "../esbuildOptions";
import { launchBrowser } from "../../test/support/chromium";
import { loadStrings as readResx } from "../../plugins-shim/strings/resx";

const controlDir = path.resolve(__dirname, "../../controls/SocialProfileGallery");
const outputPath = path.join(controlDir, "img/preview.png");

const ENTRY = `
import * as ReactDOM from "react-dom";
import { SocialProfileGallery } from "./index";
import { FakeDataset, makeGalleryContext, makeProfiles } from "../../simulator/pcfHost/datasetContext";

const strings = (window as any).__STRINGS__ as Record<string, string>;
const dataset = new FakeDataset({ records: makeProfiles(240).slice(1), pageSize: 50, total: "exact" });
dataset.setSelectedRecordIds([dataset.sortedRecordIds[1]]);
// The brand marks' image resource, handed over as a host does (base64).
const getResource = (_id: string, success: (data: string) => void) => success((window as any).__MARKS__);
const context = makeGalleryContext({ dataset, getString: (key) => strings[key] ?? key, allocatedWidth: 820, scrollHeight: 430, getResource }, () => undefined);
const control = new SocialProfileGallery();
control.init(context as never);
ReactDOM.render(control.updateView(context as never), document.getElementById("root"));
`;

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(tmpdir(), "gallery-preview-"));
  const bundle = path.join(outDir, "preview.js");
  await build({
    stdin: { contents: ENTRY, loader: "tsx", resolveDir: controlDir },
    ...BROWSER_BUILD_OPTIONS,
    outfile: bundle,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 860, height: 620 }, deviceScaleFactor: 1 });
    await page.setContent(
      '<!doctype html><html lang="en"><body style="margin:0;background:#fff"><div id="root" style="width:820px;padding:20px"></div></body></html>',
    );
    await page.evaluate((value) => ((window as unknown as { __STRINGS__: unknown }).__STRINGS__ = value), readResx(1033));
    const marks = readFileSync(path.resolve(controlDir, "../common/img/communityMarks.svg")).toString("base64");
    await page.evaluate((value) => ((window as unknown as { __MARKS__: unknown }).__MARKS__ = value), marks);
    await page.addScriptTag({ path: bundle });
    await page.waitForSelector("[role='gridcell']");
    await page.locator("#root").screenshot({ path: outputPath });
    console.log(`wrote ${path.relative(process.cwd(), outputPath)}`);
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
