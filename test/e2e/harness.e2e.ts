/**
 * Microsoft's test harness (pcf-start) serving the built card. Its page loads React from unpkg,
 * which this network does not reach: those two URLs are answered from node_modules' UMD files.
 * No timings here: the harness runs React's development build.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { LaunchedBrowser, launchChromium } from "../support/chromium";
import { RESULTS_DIR } from "./support/playground";
import { HARNESS_UMD, openHarness, serveInHarness } from "./support/pcfHarness";
import { loadResxStrings } from "../support/fieldContext";

const en = loadResxStrings(1033);

let harness: ChildProcess | undefined;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  harness = await serveInHarness("SocialProfileCard");
  browser = await launchChromium();
}, 300000);

afterAll(async () => {
  await browser?.close();
  harness?.kill();
});

describe("pcf-start harness", () => {
  it("serves the card with React from node_modules and renders it", async () => {
    const { page, errors, routed } = await openHarness(browser!);
    // The harness mounts the control in its own page (no iframe): the card and its opt-out switch.
    const card = page.locator('article, [role="article"]').first();
    await card.waitFor({ timeout: 30000 });
    // pcf-start gives every bound property attributes.LogicalName ("<name>_logical_name") and
    // security {editable: true}: the card's fakes claim the same bound shape, so the harness shows
    // the opt-out switch and the editable profile name, as the unit tests do against the fake.
    expect(await card.getByRole("switch").count()).toBe(1);
    expect(await card.getByRole("textbox").count()).toBe(1);
    // pcf-start gives a record id (modeData.entityId) and a webAPI, so the card offers its ownership
    // section; the harness's loadDependency rejects every name its manifest parser did not mark
    // on demand, and it reads no <dependency> (node_modules/pcf-start/harness.js): the section says
    // ownership isn't available here, and nothing else is lost.
    const ownership = page.getByRole("region", { name: en["ownership.region.label"] });
    await ownership.getByText(en["ownership.unavailable"]).waitFor({ timeout: 30000 });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-card.png") });
    expect(errors).toEqual([]);
    expect(routed.sort()).toEqual(Object.keys(HARNESS_UMD).sort());
  });
});
