/**
 * SocialProfileGallery in Microsoft's test harness (pcf-start 1.51.1) serving the built bundle:
 * its dataset is another host shape (`sorting` undefined, a paging object whose setPageSize and
 * refresh only log, columns named after the property-sets), and the gallery must render there —
 * with its sample data, and with a CSV whose columns are socialprofile logical names loaded
 * through its "profiles" file picker. Run under `flock /tmp/pcf-harness.lock` (fixed port 8181).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { LOGICAL_NAMES, PROPERTY_SETS } from "../../controls/SocialProfileGallery/model/columns";
import { hostNumberFormatting } from "../../simulator/pcfHost/numberFormatting";
import { harnessForFile } from "./support/pcfHarness";
import { RESULTS_DIR } from "./support/playground";

const openHarness = harnessForFile("SocialProfileGallery");

/** Profiles as a CSV whose header row is socialprofile logical names (what a view export gives). */
const CSV_ROWS = [
  {
    profilename: "amina.haddad",
    profilefullname: "Amina Haddad",
    community: "15",
    msdyn_ocfollowercount: "1200",
    msdyn_customeroptout: "0",
  },
  {
    profilename: "bjorn.lindqvist",
    profilefullname: "Björn Lindqvist",
    community: "1",
    msdyn_ocfollowercount: "87",
    msdyn_customeroptout: "1",
  },
  {
    profilename: "chloe.moreau",
    profilefullname: "Chloé Moreau",
    community: "2",
    msdyn_ocfollowercount: "5400",
    msdyn_customeroptout: "0",
  },
];
const csvColumns = PROPERTY_SETS.map((field) => LOGICAL_NAMES[field]);
const csv = [
  csvColumns.join(","),
  ...CSV_ROWS.map((row) => csvColumns.map((column) => (row as Record<string, string>)[column] ?? "").join(",")),
].join("\n");

describe("SocialProfileGallery in pcf-start", () => {
  it("renders the harness's sample data as cards (no 'Error loading control')", async () => {
    const { page, errors, routed } = await openHarness();
    const grid = page.getByRole("grid");
    await grid.getByRole("gridcell").first().waitFor({ timeout: 60000 });
    expect(await grid.getByRole("gridcell").count()).toBeGreaterThan(0);
    expect(await page.getByText("Error loading control").count()).toBe(0);
    // The harness has filtering and linking but only the nil user id: no owner filter, no badges (as in hostShapes / ownership tests).
    expect(await page.getByRole("combobox", { name: "Owner" }).count()).toBe(0);
    expect(await page.locator("[data-relation]").count()).toBe(0);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-gallery.png") });
    expect(errors).toEqual([]);
    expect(routed.length).toBe(2);
    await page.close();
  });

  it("undoes an opt-out change the harness refuses and says why at once (no updateView follows requestRender there)", async () => {
    const { page, errors, alerts } = await openHarness();
    const grid = page.getByRole("grid");
    await grid.getByRole("gridcell").first().waitFor({ timeout: 60000 });
    // The maker's "Allow opt-out changes in the gallery": an Enum input property, a select in the harness's pane.
    const property = page
      .locator(".io-item")
      .filter({ has: page.locator(".key-value-pair-value > span", { hasText: /^allowOptOutUpdates$/ }) });
    await property.locator("select").selectOption("yes");
    const toggle = grid.getByRole("switch").first();
    await toggle.waitFor({ timeout: 30000 });
    const before = await toggle.isChecked();
    // pcf-start's webAPI.updateRecord alerts (dismissed by openHarness) and rejects: "not yet supported".
    await toggle.click();
    const message = page.getByRole("alert");
    await message.waitFor({ timeout: 10000 });
    expect(await message.innerText()).toContain("Opt-out not saved");
    expect(await toggle.isChecked()).toBe(before);
    expect(alerts).toEqual(["Your control is trying to update a record. This is not yet supported."]);
    await page.screenshot({ path: path.join(RESULTS_DIR, "harness-gallery-optout-refused.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a CSV with logical-name columns loaded through the 'profiles' file picker", async () => {
    const { page, errors } = await openHarness();
    await page.getByRole("grid").getByRole("gridcell").first().waitFor({ timeout: 60000 });
    await page.locator("#profilesInput").setInputFiles({ name: "profiles.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    // The harness asks which CSV column feeds each property-set: the maker's mapping, by logical name.
    for (const field of PROPERTY_SETS) {
      // Each panel reads "Property <name>", then the column select (the first select of the panel).
      const panel = page
        .locator(".io-panel")
        .filter({ has: page.locator(".key-value-pair-value > span", { hasText: new RegExp(`^${field}$`) }) });
      await panel.locator("select").first().selectOption(LOGICAL_NAMES[field]);
    }
    await page.getByRole("button", { name: "Apply the data" }).click();
    const grid = page.getByRole("grid");
    await grid.getByText("Amina Haddad").waitFor({ timeout: 30000 });
    expect(await grid.getByRole("gridcell").count()).toBe(CSV_ROWS.length);
    const text = await grid.innerText();
    expect(text).toContain("Björn Lindqvist");
    // Counts are compact on the card (1.2K): the count column reached it.
    expect(text).toContain("5.4K");
    // The exact count is the harness's formatting.formatInteger over its numberFormattingInfo; the
    // dataset fake's default (simulator/pcfHost/numberFormatting.ts) must write it the same way.
    expect(await grid.locator(`[data-exact="${hostNumberFormatting().formatting.formatInteger(5400)}"]`).count()).toBe(1);
    expect(await page.getByText("3 of 3 profiles").count()).toBe(1);
    await page.locator(".control-pane").screenshot({ path: path.join(RESULTS_DIR, "harness-gallery-csv.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
