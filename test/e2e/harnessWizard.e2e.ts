/**
 * Microsoft's test harness (pcf-start) serving the built WhatsAppAccountWizard. The harness has no
 * Dataverse: its webAPI shows an alert() and rejects with a plain Error ("Your control is trying
 * to retrieve a record. This is not yet supported.", node_modules/pcf-start/harness.js). Its
 * context reports a record id, so the control opens the saved-account panel, tries to read the
 * record, and must say plainly that Dataverse can't be reached here — with Try again, never only
 * "unknown". The WhatsApp numbers step (issue 22) renders there too, with nothing it can do:
 * its fields and Add number disabled, under the same message. React is served from node_modules
 * as in harness.e2e.ts. Port 8181 is fixed: run it under `flock /tmp/pcf-harness.lock`.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { HARNESS_RETRIEVE_MESSAGE } from "../../simulator/pcfHost/platformErrors";
import { eventually } from "./support/eventually";
import { RESULTS_DIR } from "./support/playground";
import { harnessForFile } from "./support/pcfHarness";

const en = loadResxStrings(1033);

const openHarness = harnessForFile("WhatsAppAccountWizard");

describe("pcf-start harness: WhatsAppAccountWizard", () => {
  it("says plainly that Dataverse can't be reached here, with the code for support and Try again", async () => {
    const { page, alerts, errors } = await openHarness();
    const region = page.getByRole("region", { name: en["whatsAppWizard.region.label"] });
    await region.waitFor({ timeout: 30000 });

    const message = region.getByText(en["error.noDataverse"], { exact: false });
    await message.waitFor({ timeout: 30000 });
    const text = await region.innerText();
    expect(text).toContain("Error code for support: no-dataverse");
    expect(text).not.toMatch(/support: unknown/);
    expect(alerts).toContain(HARNESS_RETRIEVE_MESSAGE);

    // The numbers step is there, and says by the message above why nothing can be done with it.
    await region.getByRole("heading", { name: en["whatsAppWizard.step.numbers.title"] }).waitFor({ timeout: 30000 });
    expect(await region.getByRole("textbox", { name: new RegExp(`^${en["whatsAppWizard.numbers.nameLabel"]}`) }).isDisabled()).toBe(true);
    expect(await region.getByRole("textbox", { name: new RegExp(`^${en["whatsAppWizard.numbers.numberLabel"]}`) }).isDisabled()).toBe(true);
    expect(await region.getByRole("button", { name: en["whatsAppWizard.numbers.add"] }).isDisabled()).toBe(true);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-wizard-no-dataverse.png") });

    // Try again asks once more (the harness alerts again) and lands in the same clear state.
    const alertsBefore = alerts.length;
    await region.getByRole("button", { name: en["whatsAppWizard.button.tryAgain"] }).click();
    expect(
      await eventually(
        async () => alerts.length,
        (count) => count > alertsBefore,
        30000,
      ),
    ).toBeGreaterThan(alertsBefore);
    await message.waitFor({ timeout: 30000 });
    expect(await region.getByRole("button", { name: en["whatsAppWizard.button.tryAgain"] }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
