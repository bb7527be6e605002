/**
 * Microsoft's test harness (pcf-start) serving the built ownership library component. The harness
 * loads a control's `<library><packaged_library>` scripts before its bundle, in load order, after
 * the platform libraries (node_modules/pcf-start/harness.js reads `library` resources; Fluent comes
 * from its lib/fluent_9_4_0.js as `FluentUIReactv940`, React from index.html as `Reactv16`): so the
 * library's own script runs here against the platform's globals, as in a model-driven app. React
 * is served from node_modules as in harness.e2e.ts. Port 8181 is fixed: run it under
 * `flock /tmp/pcf-harness.lock`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadResxStrings } from "../support/fieldContext";
import { RESULTS_DIR } from "./support/playground";
import { harnessForFile } from "./support/pcfHarness";

const en = loadResxStrings(1033);

const openHarness = harnessForFile("SocialProfileOwnership");

describe("pcf-start harness: SocialProfileOwnership (library component)", () => {
  it("loads the packaged library script with the platform's React and Fluent, and renders its note", async () => {
    const { page, errors } = await openHarness();
    await page.getByText(en["SocialProfileOwnership.notice"]).waitFor({ timeout: 30000 });
    const library = await page.evaluate(() => {
      const value = (window as unknown as { SocialChannelOwnership?: Record<string, unknown> }).SocialChannelOwnership;
      return value && { section: typeof value.OwnershipSection, factory: typeof value.createOwnershipService };
    });
    expect(library).toEqual({ section: "function", factory: "function" });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-ownership-library.png") });
    expect(errors).toEqual([]);
  });
});
