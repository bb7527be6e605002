/**
 * Ownership and sharing in real Chromium: the playground's card over the in-memory organization
 * with people, the access messages reached through the page's own /api/data/v9.2/ endpoint. The
 * section comes from the ownership library, which the card loads on demand through the page's
 * `utils.loadDependency` (playground/src/dependencyLoader.ts), as in model-driven apps.
 */
import { loadResxStrings } from "../../simulator/pcfHost/fieldContext";
import { axeViolations } from "./support/axe";
import { playgroundPerFile } from "./support/playground";

const en = loadResxStrings(1033);
const currentSession = playgroundPerFile();
const page = () => currentSession().page;
const slot = () => page().getByTestId("ownership-slot");
const badge = (text: string) => slot().locator("[data-relation]", { hasText: text });

async function signInAs(name: string, profile: string) {
  await page().getByLabel("Signed-in user").selectOption({ label: name });
  await page().getByLabel("Profile", { exact: true }).selectOption({ label: profile });
}

describe("Ownership in Chromium", () => {
  it("loads the ownership library component's code once, on demand, beside the page's bundle", async () => {
    await signInAs("Ada Supervisor", "cleo_left (Cleo, disabled)");
    await badge(en["ownership.relation.noActiveOwner"]).waitFor();
    await signInAs("Ben Agent", "ben_private (Ben)");
    await badge(en["ownership.relation.ownedByYou"]).waitFor();
    const loaded = await page().evaluate(() => ({
      scripts: performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((name) => name.endsWith(".js")),
      library: typeof (window as unknown as { SocialChannelOwnership?: unknown }).SocialChannelOwnership,
    }));
    // One request for the library, however many cards and users came since: the platform loads a
    // dependency's resources once per page.
    expect(loaded.scripts.filter((name) => name === "/SocialProfileOwnership.bundle.js")).toHaveLength(1);
    expect(loaded.library).toBe("object");
  });

  describe("Cancel while Working… with ownership writes throttled (issue 20, item 3)", () => {
    const throttle = (on: boolean) =>
      on ? page().getByLabel("Throttle ownership writes (429)").check() : page().getByLabel("Throttle ownership writes (429)").uncheck();
    /** Longer than the retries' pauses (Retry-After 1 s, then backoff): an attempt left running would have been made. */
    const outlastTheRetries = () => page().waitForTimeout(5000);

    async function cancelWhileWorking(confirmLabel: string) {
      const dialog = page().getByRole("dialog");
      await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
      await dialog.getByText(en["ownership.working"]).waitFor();
      await dialog.getByRole("button", { name: en["ownership.action.cancel"], exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      // The throttling ends: a retry still pending would now go through.
      await throttle(false);
      await outlastTheRetries();
    }
    /** What the section said of the cancelled action, read after its outcome was checked. */
    const saidStopped = async () =>
      expect(
        await slot()
          .getByText(en["ownership.cancel.stopped"] ?? "(no such string)")
          .count(),
      ).toBe(1);

    it("Assign → Cancel stops the assignment: the owner stays", async () => {
      await signInAs("Ada Supervisor", "ada_owned (Ada)");
      await badge(en["ownership.relation.ownedByYou"]).waitFor();
      await throttle(true);
      await slot().getByRole("button", { name: en["ownership.action.assign"] }).click();
      await page().getByRole("dialog").getByLabel(en["ownership.assign.to"]).selectOption({ label: "Ben Agent" });
      await cancelWhileWorking(en["ownership.assign.confirm"]);
      await badge(en["ownership.relation.ownedByYou"]).waitFor({ timeout: 2000 });
      await saidStopped();
      // Read again from the organization: another profile and back.
      await signInAs("Ada Supervisor", "team_owned (Support Team)");
      await signInAs("Ada Supervisor", "ada_owned (Ada)");
      await badge(en["ownership.relation.ownedByYou"]).waitFor();
      expect(await slot().getByText("Owner: Ada Supervisor").count()).toBe(1);
    });

    it("Delete → Cancel stops the delete: the profile and its activities stay", async () => {
      await signInAs("Ada Supervisor", "ada_owned (Ada)");
      await badge(en["ownership.relation.ownedByYou"]).waitFor();
      await throttle(true);
      await slot().getByRole("button", { name: en["ownership.action.delete"] }).click();
      await page()
        .getByRole("dialog")
        .getByText(/the 2 social activities/)
        .waitFor();
      await cancelWhileWorking(en["ownership.delete.confirm"]);
      await currentSession().screenshot("ownership-delete-cancelled");
      expect(await slot().getByText(en["ownership.deleted"]).count()).toBe(0);
      await saidStopped();
      await signInAs("Ada Supervisor", "team_owned (Support Team)");
      await signInAs("Ada Supervisor", "ada_owned (Ada)");
      await badge(en["ownership.relation.ownedByYou"]).waitFor();
      await slot().getByRole("button", { name: en["ownership.action.delete"] }).click();
      // Still there, with both of its activities.
      await page()
        .getByRole("dialog")
        .getByText(/the 2 social activities/)
        .waitFor();
      await page().getByRole("dialog").getByRole("button", { name: en["ownership.action.cancel"], exact: true }).click();
    });
  });

  it("draws the ownership section in the card's visual language: the card's box and badge style (issue 20, item 15)", async () => {
    await signInAs("Ada Supervisor", "ada_owned (Ada)");
    await badge(en["ownership.relation.ownedByYou"]).waitFor();
    const looks = await page().evaluate(() => {
      const slotElement = document.querySelector('[data-testid="ownership-slot"]')!;
      const style = (element: Element) => getComputedStyle(element);
      const card = style(slotElement.querySelector("article")!);
      const section = style(slotElement.querySelector("section")!);
      const relation = style(slotElement.querySelector("[data-relation]")!);
      const box = (s: CSSStyleDeclaration) => [
        s.borderTopWidth,
        s.borderTopStyle,
        s.borderTopColor,
        s.borderTopLeftRadius,
        s.backgroundColor,
      ];
      return {
        card: box(card),
        section: box(section),
        sectionPadding: parseFloat(section.paddingInlineStart),
        cardPadding: parseFloat(card.paddingInlineStart),
        badgeRadius: parseFloat(relation.borderTopLeftRadius),
        badgeHeight: parseFloat(relation.height),
      };
    });
    expect(looks.section).toEqual(looks.card);
    expect(looks.sectionPadding).toBeGreaterThanOrEqual(looks.cardPadding);
    // The card's badges are Fluent's default circular tint badges: fully rounded ends.
    expect(looks.badgeRadius).toBeGreaterThanOrEqual(looks.badgeHeight / 2);
    await currentSession().screenshot("ownership-card-language");
  });

  it("shares a profile as one user and shows 'Shared with you' to the other", async () => {
    await signInAs("Ben Agent", "ben_private (Ben)");
    await badge(en["ownership.relation.ownedByYou"]).waitFor();
    await slot().getByRole("button", { name: en["ownership.action.share"] }).click();
    const dialog = page().getByRole("dialog");
    await dialog.getByLabel(en["ownership.share.with"]).selectOption({ label: "Ada Supervisor" });
    await dialog.getByRole("radio", { name: en["ownership.level.read"], exact: true }).check();
    await dialog.getByRole("button", { name: en["ownership.share.confirm"], exact: true }).click();
    await slot().getByText("Ada Supervisor").waitFor();
    await currentSession().screenshot("ownership-shared-by-owner");

    await signInAs("Ada Supervisor", "ben_private (Ben)");
    await badge(en["ownership.relation.sharedWithYou"]).waitFor();
    expect(await axeViolations(page(), '[data-testid="ownership-slot"]')).toEqual([]);
    await currentSession().screenshot("ownership-shared-with-you");
  });

  it("takes over a profile with no active owner", async () => {
    await signInAs("Ada Supervisor", "cleo_left (Cleo, disabled)");
    await badge(en["ownership.relation.noActiveOwner"]).waitFor();
    await currentSession().screenshot("ownership-no-active-owner");
    await slot().getByRole("button", { name: en["ownership.action.takeOver"] }).click();
    const dialog = page().getByRole("dialog");
    await dialog.getByText(/proves nothing about the account on the social network/).waitFor();
    await dialog.getByRole("button", { name: en["ownership.action.takeOver"] }).click();
    await badge(en["ownership.relation.ownedByYou"]).waitFor();
    await currentSession().screenshot("ownership-taken-over");
  });

  it("shows ownership read-only, with the sentence, when the endpoint is missing", async () => {
    await signInAs("Ada Supervisor", "team_owned (Support Team)");
    await page().getByLabel("Access-message endpoint").uncheck();
    await badge("Owned by your team Support Team").waitFor();
    await slot().getByText(en["ownership.readOnly"]).waitFor();
    expect(await slot().getByRole("button", { name: en["ownership.action.share"] }).count()).toBe(0);
    await currentSession().screenshot("ownership-read-only");
    await page().getByLabel("Access-message endpoint").check();
  });
});
