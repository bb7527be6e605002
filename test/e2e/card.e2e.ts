/**
 * SocialProfileCard in real Chromium, hosted by the playground through its real index.ts class.
 */
import { simpleIcon } from "../support/simpleIcons";
import { COMMUNITY_CATALOG } from "../../controls/common/communityCatalog";
import { FLUENT_PICTURES, fluentPicture } from "../../scripts/communityMarks";
import { COMMUNITY_CHOICES } from "../../plugins-shim/schema";
import { formatMessage } from "../../plugins-shim/rules";
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { axeViolations } from "./support/axe";
import { eventually } from "./support/eventually";
import { hostPanel, playgroundPerFile } from "./support/playground";

const en = loadResxStrings(1033);
const ar = loadResxStrings(1025);
const currentSession = playgroundPerFile();

const panel = () => hostPanel(currentSession().page);
const card = () => currentSession().page.getByTestId("card-slot").getByRole("article");

describe("SocialProfileCard in Chromium", () => {
  it("renders every community with its own icon and its name as visible text", async () => {
    const seen = new Set<string>();
    for (const choice of COMMUNITY_CHOICES) {
      await panel().getByLabel("Community", { exact: true }).selectOption(String(choice.value));
      const name = card().locator("[data-channel-name]");
      expect(
        await eventually(
          () => name.innerText(),
          (text) => text === en[choice.labelKey!],
        ),
      ).toBe(en[choice.labelKey!]);
      const icon = card().locator("[data-channel] [data-glyph]");
      const entry = COMMUNITY_CATALOG.find((candidate) => candidate.value === choice.value);
      expect(entry).toBeDefined();
      if (entry!.glyph.kind === "brand") {
        // The brand mark is simple-icons' own path for that channel, from the image resource the fake host hands over.
        const expected = simpleIcon(entry!.glyph.mark).path;
        expect(
          await eventually(
            () => icon.locator("svg path").getAttribute("d"),
            (d) => d === expected,
          ),
        ).toBe(expected);
        seen.add(expected);
      } else {
        // A neutral picture is Fluent's own icon, from the same image resource.
        const neutral = entry!.glyph.icon;
        expect(
          await eventually(
            () => icon.getAttribute("data-glyph"),
            (glyph) => glyph === neutral,
          ),
        ).toBe(neutral);
        expect(await icon.locator("svg path").getAttribute("d")).toBe(fluentPicture(FLUENT_PICTURES[neutral]).path);
      }
    }
    // Brand marks are not shared between channels.
    expect(seen.size).toBe(COMMUNITY_CATALOG.filter((entry) => entry.glyph.kind === "brand").length);
    await currentSession().screenshot("card-communities");
  });

  it('names community 42, which neither the host nor the schema knows, "Unknown channel (42)"', async () => {
    await currentSession().open("");
    await panel().getByLabel("Community value (any integer)").fill("42");
    const expected = formatMessage(en["community.unknown"], { value: 42 });
    expect(
      await eventually(
        () => card().locator("[data-channel-name]").innerText(),
        (text) => text === expected,
      ),
    ).toBe(expected);
    const icon = card().locator("[data-channel] [data-glyph]");
    expect(
      await eventually(
        () => icon.getAttribute("data-glyph"),
        (glyph) => glyph === "unknown",
      ),
    ).toBe("unknown");
    expect(await icon.locator("svg path").getAttribute("d")).toBe(fluentPicture(FLUENT_PICTURES.unknown).path);
    await currentSession().screenshot("card-unknown-channel");
  });

  it("shows the picture, and the initials when the picture is broken", async () => {
    const imageLink = panel().getByLabel("Profile image link");
    await imageLink.fill(`${currentSession().url}avatar.svg`);
    const image = card().locator("img");
    await image.waitFor();
    expect(
      await eventually(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0), Boolean),
    ).toBe(true);
    await currentSession().screenshot("card-image");

    await imageLink.fill(`${currentSession().url}missing-picture.png`);
    expect(
      await eventually(
        () => image.count(),
        (count) => count === 0,
      ),
    ).toBe(0);
    expect(
      await eventually(
        () => card().locator(".fui-Avatar").innerText(),
        (text) => text === "AB",
      ),
    ).toBe("AB");
    await currentSession().screenshot("card-image-fallback");
  });

  it("toggles the opt-out by mouse and by keyboard, and the form receives it through getOutputs", async () => {
    const toggle = card().getByRole("switch", { name: en["card.optOut"] });
    const bound = panel().getByRole("switch", { name: "Customer opt-out (bound value)" });
    expect(await toggle.isChecked()).toBe(false);

    await toggle.click();
    expect(await eventually(() => bound.isChecked(), Boolean)).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    const log = await eventually(
      () => currentSession().page.getByTestId("event-log").innerText(),
      (text) => text.includes("optOut"),
    );
    expect(log).toContain('getOutputs → {"optOut":true}');

    // Keyboard only: Tab from the profile link reaches the toggle, Space flips it back.
    await card().getByRole("link").focus();
    await currentSession().page.keyboard.press("Tab");
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    await currentSession().page.keyboard.press("Space");
    expect(
      await eventually(
        () => bound.isChecked(),
        (checked) => !checked,
      ),
    ).toBe(false);
    expect(await toggle.isChecked()).toBe(false);
    await currentSession().screenshot("card-opt-out-keyboard");
  });

  it("shows a read-only form's opt-out as a value with the lock reason, and no switch", async () => {
    await currentSession().open("?disabled=1");
    const locked = card().getByRole("group", { name: en["card.optOut"] });
    await locked.waitFor();
    expect(await card().getByRole("switch").count()).toBe(0);
    expect(await locked.innerText()).toContain(en["card.lock.formReadOnly"]);
    expect(await locked.innerText()).toContain(en["card.optOut.receives"]);
    const describedBy = await locked.getAttribute("aria-describedby");
    expect(await currentSession().page.locator(`[id="${describedBy}"]`).innerText()).toBe(en["card.lock.formReadOnly"]);
    await currentSession().screenshot("card-disabled");
  });

  it("shows no switch for an unbound opt-out", async () => {
    await currentSession().open("");
    await card().getByRole("switch", { name: en["card.optOut"] }).waitFor();
    await panel().getByRole("switch", { name: "Opt-out property bound" }).click();
    expect(
      await eventually(
        () => card().getByRole("switch").count(),
        (count) => count === 0,
      ),
    ).toBe(0);
    expect(await card().getByText(en["card.optOut"]).count()).toBe(0);
  });

  it("masks a secured column the user may not read", async () => {
    await currentSession().open("");
    await panel().getByLabel("Field security hides").selectOption("phoneNumber");
    const masked = card().locator("[data-masked]");
    await masked.first().waitFor();
    expect(await masked.first().innerText()).toContain(en["card.masked"]);
    expect(await card().innerText()).not.toContain("+1 425 555 0100");
    await currentSession().screenshot("card-masked");
  });

  it("lets the agent type the bound profile name, and the form receives it", async () => {
    await currentSession().open("");
    const name = card().getByRole("textbox", { name: en["card.profileName"] });
    await name.fill("new_handle");
    await name.press("Enter");
    expect(
      await eventually(
        () => panel().getByLabel("Profile name", { exact: true }).inputValue(),
        (value) => value === "new_handle",
      ),
    ).toBe("new_handle");
    const log = await currentSession().page.getByTestId("event-log").innerText();
    expect(log).toContain('getOutputs → {"profileName":"new_handle"}');
  });

  it("applies the host switches to the card and the wizard at runtime", async () => {
    await currentSession().open("");
    await panel().getByLabel("Language", { exact: true }).selectOption("1025");
    await card().getByRole("switch", { name: ar["card.optOut"] }).waitFor();
    expect(await card().evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
    // The wizard's own text turns Arabic too (not only the page around it).
    const wizardSlot = currentSession().page.getByTestId("wizard-slot");
    expect(
      await eventually(
        () => wizardSlot.innerText(),
        (text) => /[\u0600-\u06FF]/.test(text),
      ),
    ).toMatch(/[\u0600-\u06FF]/);
    await panel().getByRole("switch", { name: "Disabled (mode.isControlDisabled)" }).click();
    await card().getByRole("group", { name: ar["card.optOut"] }).waitFor();
    expect(await card().getByRole("switch").count()).toBe(0);
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
