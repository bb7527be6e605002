/**
 * Microsoft's test harness (pcf-start) serving the built ownership library component: its bundle
 * (pcf-scripts' build of its index.ts, React and Fluent left to the host as for every control)
 * runs against the harness's platform libraries and publishes the library global, as in a
 * model-driven app. React is served from node_modules as in harness.e2e.ts. Port 8181 is fixed:
 * run it under `flock /tmp/pcf-harness.lock`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { RESULTS_DIR } from "./support/playground";
import { harnessForFile } from "./support/pcfHarness";

const en = loadResxStrings(1033);

const openHarness = harnessForFile("SocialProfileOwnership");

describe("pcf-start harness: SocialProfileOwnership (library component)", () => {
  it("runs the library component's bundle with the platform's React and Fluent: the library global is set, the note renders", async () => {
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
