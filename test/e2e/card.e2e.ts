/**
 * SocialProfileCard in real Chromium, hosted by the playground through its real index.ts class.
 */
import { COMMUNITY_CATALOG } from "../../controls/common/communityCatalog";
import { COMMUNITY_CHOICES } from "../../plugins-shim/schema";
import { loadResxStrings } from "../support/fieldContext";
import { axeViolations } from "./support/axe";
import { eventually } from "./support/eventually";
import { hostPanel, playgroundPerFile } from "./support/playground";

const en = loadResxStrings(1033);
const ar = loadResxStrings(1025);
const currentSession = playgroundPerFile();

const panel = () => hostPanel(currentSession().page);
const card = () => currentSession().page.getByTestId("card-slot").getByRole("article");

describe("SocialProfileCard in Chromium", () => {
  it("renders every community with its own icon", async () => {
    const seen = new Set<string>();
    for (const choice of COMMUNITY_CHOICES) {
      await panel().getByLabel("Community", { exact: true }).selectOption(String(choice.value));
      const icon = card().getByRole("img", { name: en[choice.labelKey!], exact: true }).first();
      await icon.waitFor();
      const entry = COMMUNITY_CATALOG.find((candidate) => candidate.value === choice.value);
      expect(entry).toBeDefined();
      if (entry!.glyph.kind === "brand") {
        // The brand mark is simple-icons' own path for that channel.
        expect(await icon.locator("svg path").getAttribute("d")).toBe(entry!.glyph.path);
        seen.add(entry!.glyph.path);
      } else {
        expect(await icon.getAttribute("data-glyph")).toBe(entry!.glyph.icon);
        expect(await icon.locator("svg").count()).toBe(1);
      }
    }
    // Brand marks are not shared between channels.
    expect(seen.size).toBe(COMMUNITY_CATALOG.filter((entry) => entry.glyph.kind === "brand").length);
    await currentSession().screenshot("card-communities");
  });

  it("shows the picture, and the initials when the picture is broken", async () => {
    const imageLink = panel().getByLabel("Profile image link");
    await imageLink.fill(`${currentSession().url}avatar.svg`);
    const image = card().locator("img");
    await image.waitFor();
    expect(await eventually(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0), Boolean)).toBe(true);
    await currentSession().screenshot("card-image");

    await imageLink.fill(`${currentSession().url}missing-picture.png`);
    expect(await eventually(() => image.count(), (count) => count === 0)).toBe(0);
    expect(await eventually(() => card().locator(".fui-Avatar").innerText(), (text) => text === "AB")).toBe("AB");
    await currentSession().screenshot("card-image-fallback");
  });

  it("toggles the opt-out by mouse and by keyboard, and the form receives it through getOutputs", async () => {
    const toggle = card().getByRole("switch", { name: en["card.optOut"] });
    const bound = panel().getByRole("switch", { name: "Customer opt-out (bound value)" });
    expect(await toggle.isChecked()).toBe(false);

    await toggle.click();
    expect(await eventually(() => bound.isChecked(), Boolean)).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    const log = await eventually(() => currentSession().page.getByTestId("event-log").innerText(), (text) => text.includes("optOut"));
    expect(log).toContain('getOutputs → {"optOut":true}');

    // Keyboard only: Tab from the profile link reaches the toggle, Space flips it back.
    await card().getByRole("link").focus();
    await currentSession().page.keyboard.press("Tab");
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await currentSession().page.keyboard.press("Space");
    expect(await eventually(() => bound.isChecked(), (checked) => !checked)).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    await currentSession().screenshot("card-opt-out-keyboard");
  });

  it("keeps the toggle locked on a disabled control", async () => {
    await currentSession().open("?disabled=1");
    const toggle = card().getByRole("switch", { name: en["card.optOut"] });
    expect(await toggle.isDisabled()).toBe(true);
    await toggle.click({ force: true });
    expect(await panel().getByRole("switch", { name: "Customer opt-out (bound value)" }).isChecked()).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    await currentSession().screenshot("card-disabled");
  });

  it("lays out right to left in Arabic", async () => {
    await currentSession().open("?lcid=1025");
    const article = card();
    expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
    await card().getByRole("switch", { name: ar["card.optOut"] }).waitFor();
    // The picture starts the line: on the right in RTL.
    const avatar = await article.locator(".fui-Avatar").boundingBox();
    const title = await article.getByText("Ada Byron").first().boundingBox();
    expect(avatar!.x).toBeGreaterThan(title!.x);
    await currentSession().screenshot("card-rtl");
  });

  it.each(["light", "dark", "highContrast"])("has no axe violations (%s theme)", async (theme) => {
    await currentSession().open(`?theme=${theme}`);
    expect(await axeViolations(currentSession().page, '[data-testid="card-slot"]')).toEqual([]);
    await currentSession().screenshot(`card-axe-${theme}`);
  });
});
