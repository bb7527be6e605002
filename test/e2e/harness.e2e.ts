/**
 * Microsoft's test harness (pcf-start) serving the built card. Its page loads React from unpkg,
 * which this network does not reach: those two URLs are answered from node_modules' UMD files.
 * No timings here: the harness runs React's development build.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { RESULTS_DIR } from "./support/playground";
import { eventually } from "./support/eventually";
import { HARNESS_UMD, harnessForFile } from "./support/pcfHarness";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";

const en = loadResxStrings(1033);

const openHarness = harnessForFile("SocialProfileCard");

describe("pcf-start harness", () => {
  it("serves the card with React from node_modules and renders it", async () => {
    const { page, errors, routed } = await openHarness();
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

  // pcf-start 1.51.1 lists the manifest's <img> and serves the file, but its getResource calls
  // success with no content (actions.getResource is `function(e){return Promise.resolve()}`, see
  // simulator/pcfHost/resourceFake.ts): a brand channel shows the neutral chat glyph there, by
  // name, and never stays a placeholder. The unit tests assert the same against the fake's
  // "pcf-start" mode, and the drawn marks against the documented base64 answer.
  it("serves the brand marks' sprite, and shows a Facebook profile with the chat glyph since its getResource gives no content", async () => {
    const { page, errors } = await openHarness();
    const card = page.locator('article, [role="article"]').first();
    await card.waitFor({ timeout: 30000 });
    const community = page
      .locator(".io-item", { has: page.locator(".key-value-pair-value > span", { hasText: /^community$/ }) })
      .locator("input");
    await community.fill("1");
    await community.press("Tab");
    const name = card.locator("[data-channel-name]");
    expect(
      await eventually(
        () => name.innerText(),
        (text) => text === "Facebook",
      ),
    ).toBe("Facebook");
    const icon = card.locator("[data-channel] [data-glyph]");
    expect(
      await eventually(
        () => icon.getAttribute("data-glyph"),
        (glyph) => glyph !== "pending",
      ),
    ).toBe("chat");
    const sprite = await page.evaluate(() =>
      fetch("communityMarks.svg").then(async (response) => ({ status: response.status, text: await response.text() })),
    );
    expect(sprite.status).toBe(200);
    expect(sprite.text).toContain('<symbol id="facebook"');
    await card.screenshot({ path: path.join(RESULTS_DIR, "harness-card-facebook.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
