/**
 * SocialProfileGallery in real Chromium over the fake dataset (asynchronous pages that append),
 * hosted by the playground through its real index.ts class.
 */
import { makeProfiles } from "../../simulator/pcfHost/datasetContext";
import { ownerIndex } from "../../simulator/pcfHost/galleryOwners";
import { axeViolations } from "./support/axe";
import { eventually } from "./support/eventually";
import { hostPanel, playgroundPerFile } from "./support/playground";

const currentSession = playgroundPerFile();

const panel = () => hostPanel(currentSession().page);
const grid = () => currentSession().page.getByTestId("gallery-slot").getByRole("grid");
const activeCellText = () =>
  currentSession().page.evaluate(() =>
    document.activeElement?.getAttribute("role") === "gridcell" ? (document.activeElement.textContent ?? "") : "",
  );
const handleOf = (index: number) => String(makeProfiles(1, index)[0].values.profilename);

describe("SocialProfileGallery in Chromium", () => {
  it("scrolls through 5,000 profiles to the last one, keeping the DOM small", async () => {
    await panel().getByLabel("Generated profiles").selectOption("5000");
    await grid().getByRole("gridcell").first().waitFor();
    const lastHandle = handleOf(4999);
    let renderedMost = 0;
    const found = await eventually(
      async () => {
        const state = await grid().evaluate((element, handle) => {
          element.scrollTop = element.scrollHeight;
          return { found: (element.textContent ?? "").includes(handle), cells: element.querySelectorAll('[role="gridcell"]').length };
        }, lastHandle);
        renderedMost = Math.max(renderedMost, state.cells);
        return state.found;
      },
      Boolean,
      90000,
    );
    expect(found).toBe(true);
    // Virtualized: only the cards near the viewport are in the DOM.
    expect(renderedMost).toBeGreaterThan(0);
    expect(renderedMost).toBeLessThan(100);
    expect(await currentSession().page.getByTestId("gallery-slot").innerText()).toContain("5,000");
    await currentSession().screenshot("gallery-end-of-5000");
  });

  it("writes counts with the separators of the chosen language's format (German: 5.000)", async () => {
    await currentSession().open("?lcid=1031");
    await panel().getByLabel("Generated profiles").selectOption("5000");
    const slot = currentSession().page.getByTestId("gallery-slot");
    expect(
      await eventually(
        () => slot.innerText(),
        (text) => text.includes("5.000"),
      ),
    ).toContain("5.000");
    expect(await slot.innerText()).not.toContain("5,000");
  });

  it("moves between cards with the keyboard, selects with Space and opens with Enter", async () => {
    const first = grid().getByRole("gridcell").first();
    await first.waitFor();
    // Tab from the toolbar lands on the grid's one tabbable cell (roving tabindex).
    await currentSession().page.getByTestId("gallery-slot").getByRole("combobox").last().focus();
    await currentSession().page.keyboard.press("Tab");
    expect(await activeCellText()).toContain(handleOf(0));

    const columns = Number(await grid().getAttribute("aria-colcount"));
    expect(columns).toBeGreaterThanOrEqual(1);
    await currentSession().page.keyboard.press("ArrowRight");
    expect(await activeCellText()).toContain(handleOf(columns > 1 ? 1 : 0));
    await currentSession().page.keyboard.press("ArrowLeft");
    await currentSession().page.keyboard.press("ArrowDown");
    expect(await activeCellText()).toContain(handleOf(columns));
    await currentSession().page.keyboard.press("Control+End");
    expect(await eventually(activeCellText, (text) => text.includes(handleOf(49)))).toContain(handleOf(49));
    await currentSession().page.keyboard.press("Control+Home");
    expect(await eventually(activeCellText, (text) => text.includes(handleOf(0)))).toContain(handleOf(0));

    await currentSession().page.keyboard.press("Space");
    expect(await currentSession().page.evaluate(() => document.activeElement?.getAttribute("aria-selected"))).toBe("true");

    await currentSession().page.keyboard.press("ArrowRight");
    await currentSession().page.keyboard.press("Enter");
    const openedId = String(makeProfiles(1, columns > 1 ? 1 : 0)[0].id);
    const log = await eventually(
      () => currentSession().page.getByTestId("event-log").innerText(),
      (text) => text.includes("openDatasetItem"),
    );
    expect(log).toContain("openDatasetItem");
    expect(log).toContain(openedId);
    await currentSession().screenshot("gallery-keyboard");
  });

  it("keeps keyboard focus when Control+Home follows Control+End before its scroll has settled (slow CPU)", async () => {
    const page = currentSession().page;
    await grid().getByRole("gridcell").first().waitFor();
    await page.getByTestId("gallery-slot").getByRole("combobox").last().focus();
    await page.keyboard.press("Tab");
    // Press Control+Home the moment card 49 takes focus, while Control+End's scroll is still being
    // re-checked frame by frame and page 2 is appending: an agent on a loaded machine does this.
    await page.evaluate(() => {
      const pressHome = (event: FocusEvent): void => {
        const cell = event.target as HTMLElement;
        if (cell.dataset.cardIndex !== "49") return;
        document.removeEventListener("focusin", pressHome);
        cell.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", ctrlKey: true, bubbles: true, cancelable: true }));
      };
      document.addEventListener("focusin", pressHome);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    try {
      await page.keyboard.press("Control+End");
      // Focus must reach card 0 and stay there once the earlier scroll's retries have run out.
      const text = await eventually(activeCellText, (value) => value.includes(handleOf(0)));
      await page.waitForTimeout(1000);
      expect(text).toContain(handleOf(0));
      expect(await activeCellText()).toContain(handleOf(0));
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
  });

  it("keeps a card as the tab stop after PageDown ×6 and a wheel back up (focus never falls to the page or the scroll box)", async () => {
    const page = currentSession().page;
    await grid().getByRole("gridcell").first().waitFor();
    await page.getByTestId("gallery-slot").getByRole("combobox").last().focus();
    await page.keyboard.press("Tab");
    expect(await activeCellText()).toContain(handleOf(0));
    for (let i = 0; i < 6; i += 1) await page.keyboard.press("PageDown");
    const movedTo = await eventually(
      () => page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.cardIndex ?? -1)),
      (index) => index > 6,
    );
    expect(movedTo).toBeGreaterThan(6);
    // The wheel scrolls the grid back to the top: the active card leaves the viewport.
    const box = (await grid().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await eventually(
      async () => {
        await page.mouse.wheel(0, -2000);
        return grid().evaluate((element) => element.scrollTop);
      },
      (top) => top === 0,
    );
    // Let the virtualizer settle on the new scroll position.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Invariant: exactly one rendered card is the tab stop, and focus has not dropped to <body>.
    const state = await page.evaluate(() => ({
      tabStops: document.querySelectorAll('[data-testid="gallery-slot"] [role="gridcell"][tabindex="0"]').length,
      active:
        document.activeElement === document.body
          ? "body"
          : (document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName),
    }));
    expect(state).toEqual({ tabStops: 1, active: "gridcell" });
    expect(await axeViolations(page, '[data-testid="gallery-slot"]')).toEqual([]);

    // Tab in again from the toolbar: a card takes focus, and the arrow keys move from it.
    await page.getByTestId("gallery-slot").getByRole("combobox").last().focus();
    await page.keyboard.press("Tab");
    const cardIndex = () =>
      page.evaluate(() =>
        document.activeElement?.getAttribute("role") === "gridcell"
          ? Number((document.activeElement as HTMLElement).dataset.cardIndex)
          : -1,
      );
    const landed = await cardIndex();
    expect(landed).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("ArrowRight");
    expect(await eventually(cardIndex, (index) => index === landed + 1)).toBe(landed + 1);
    await currentSession().screenshot("gallery-keyboard-after-wheel");
  });

  it.each(["light", "dark", "highContrast"])("has no axe violations (%s theme)", async (theme) => {
    await currentSession().open(`?theme=${theme}`);
    await grid().getByRole("gridcell").first().waitFor();
    expect(await axeViolations(currentSession().page, '[data-testid="gallery-slot"]')).toEqual([]);
    await currentSession().screenshot(`gallery-axe-${theme}`);
  });

  it("shows names and counts from view columns that carry no alias (zero configuration)", async () => {
    await currentSession().open("");
    await panel().getByLabel("Generated profiles").selectOption("25");
    await panel().getByLabel("Columns").selectOption("view");
    const first = grid().getByRole("gridcell").first();
    await first.waitFor();
    const profile = makeProfiles(1)[0].values;
    expect(await first.innerText()).toContain(String(profile.profilefullname));
    // Row 1 has 7,919 followers: the count reached the card through its logical name.
    expect(await grid().getByRole("gridcell").nth(1).innerText()).toMatch(/7[.,]9\s?K|7,919/);
    await currentSession().screenshot("gallery-zero-configuration");
  });

  it("filters to Mine: only the signed-in user's profiles remain, each with its ownership badge", async () => {
    await currentSession().open("");
    await panel().getByLabel("Generated profiles").selectOption("25");
    const slot = currentSession().page.getByTestId("gallery-slot");
    await grid().getByRole("gridcell").first().waitFor();
    // The playground's subgrid: every 4th profile is Ada's (simulator/pcfHost/galleryOwners.ts), Ada is signed in.
    const mine = Array.from({ length: 25 }, (_, i) => i).filter((i) => ownerIndex(i) === 0);
    await slot.getByLabel("Owner").selectOption("mine");
    const texts = await eventually(
      () => grid().getByRole("gridcell").allInnerTexts(),
      (cards) => cards.length === mine.length,
    );
    expect(texts).toHaveLength(mine.length);
    expect(texts.every((text) => text.includes("Owned by you"))).toBe(true);
    expect(texts.map((text) => mine.some((i) => text.includes(handleOf(i))))).toEqual(texts.map(() => true));
    expect(await slot.getByRole("status").innerText()).toContain(`${mine.length} of ${mine.length}`);
    await slot.scrollIntoViewIfNeeded();
    await currentSession().screenshot("gallery-owner-mine");
  });

  it("is one tab stop: Tab leaves 100 profiles in a few presses", async () => {
    await currentSession().open("");
    await grid().getByRole("gridcell").first().waitFor();
    await currentSession().page.getByTestId("gallery-slot").getByRole("combobox").last().focus();
    let presses = 0;
    const inGrid = () => currentSession().page.evaluate(() => !!document.activeElement?.closest('[role="grid"]'));
    await currentSession().page.keyboard.press("Tab");
    presses += 1;
    expect(await inGrid()).toBe(true);
    while ((await inGrid()) && presses < 50) {
      await currentSession().page.keyboard.press("Tab");
      presses += 1;
    }
    // The active card and its own link / switch, then out: never every card's controls.
    expect(presses).toBeLessThanOrEqual(5);
  });
});
