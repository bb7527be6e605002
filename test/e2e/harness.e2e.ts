/**
 * Microsoft's test harness (pcf-start) serving the built card. Its page loads React from unpkg,
 * which this network does not reach: those two URLs are answered from node_modules' UMD files.
 * No timings here: the harness runs React's development build.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { buildControls, bundleIsCurrent, HARNESS_URL, startHarness } from "../../scripts/start";
import { LaunchedBrowser, launchChromium } from "../support/chromium";
import { eventually } from "./support/eventually";
import { RESULTS_DIR } from "./support/playground";

const root = path.resolve(__dirname, "../..");
const UMD: Record<string, string> = {
  "https://unpkg.com/react@16.14.0/umd/react.development.js": path.join(root, "node_modules/react/umd/react.development.js"),
  "https://unpkg.com/react-dom@16.14.0/umd/react-dom.development.js": path.join(root, "node_modules/react-dom/umd/react-dom.development.js"),
};

let harness: ChildProcess | undefined;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  if (!bundleIsCurrent("SocialProfileCard")) buildControls("SocialProfileCard");
  harness = startHarness("SocialProfileCard", { openBrowser: false, quiet: true });
  const up = await eventually(
    () => fetch(HARNESS_URL).then((response) => response.ok, () => false),
    Boolean,
    60000,
  );
  if (!up) throw new Error(`pcf-start did not answer on ${HARNESS_URL}`);
  browser = await launchChromium();
}, 300000);

afterAll(async () => {
  await browser?.close();
  harness?.kill();
});

describe("pcf-start harness", () => {
  it("serves the card with React from node_modules and renders it", async () => {
    const page = await browser!.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const routed: string[] = [];
    await page.route("https://unpkg.com/**", async (route) => {
      const file = UMD[route.request().url()];
      if (!file) return route.abort();
      routed.push(route.request().url());
      return route.fulfill({ path: file, contentType: "text/javascript" });
    });
    await page.goto(HARNESS_URL);
    // The harness mounts the control in its own page (no iframe): the card and its opt-out switch.
    const card = page.locator('article, [role="article"]').first();
    await card.waitFor({ timeout: 30000 });
    // pcf-start gives every bound property attributes.LogicalName ("<name>_logical_name") and
    // security {editable: true}: the card's fakes claim the same bound shape, so the harness shows
    // the opt-out switch and the editable profile name, as the unit tests do against the fake.
    expect(await card.getByRole("switch").count()).toBe(1);
    expect(await card.getByRole("textbox").count()).toBe(1);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-card.png") });
    expect(errors).toEqual([]);
    expect(routed.sort()).toEqual(Object.keys(UMD).sort());
  });
});
