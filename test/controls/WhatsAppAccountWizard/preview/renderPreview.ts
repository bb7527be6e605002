/**
 * Renders img/preview.png: bundles previewApp.tsx with esbuild, opens it in headless Chromium
 * (playwright-core and the browser test/support/chromium.ts launches), walks the wizard to its last step and takes a
 * screenshot. Run: npx tsx test/controls/WhatsAppAccountWizard/preview/renderPreview.ts
 */
import { loadStrings } from "../../../../plugins-shim/strings/resx";
import path from "node:path";
import { build } from "esbuild";
import { launchBrowser } from "../../../support/chromium";
import { BROWSER_BUILD_OPTIONS } from "../../../../scripts/esbuildOptions";

const here = __dirname;

const strings = (lcid: number): Readonly<Record<string, string>> => loadStrings(lcid);

async function main(): Promise<void> {
  const bundle = await build({
    ...BROWSER_BUILD_OPTIONS,
    entryPoints: [path.join(here, "previewApp.tsx")],
    write: false,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 420 }, deviceScaleFactor: 1 });
    page.on("pageerror", (error) => console.error("page error:", error.message));
    await page.route("**/*", (route) => route.abort()); // nothing may load from the network
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0"><div id="root"></div></body></html>`);
    await page.addScriptTag({ content: `window.previewStrings = ${JSON.stringify(strings(1033))};` });
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    await page.getByRole("textbox", { name: /^Name/ }).fill("Contoso WhatsApp (Twilio)");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("textbox", { name: /^Account SID/ }).fill("AC0123456789abcdef0123456789abcdef");
    await page.getByLabel(/^Auth token/).fill("0123456789abcdef0123456789abcdef");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "Copy" }).waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(here, "../../../../controls/WhatsAppAccountWizard/img/preview.png") });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
