/**
 * Ownership and sharing in real Chromium: the playground's card over the in-memory organization
 * with people, the access messages reached through the page's own /api/data/v9.2/ endpoint. The
 * section comes from the ownership library, which the card loads on demand through the page's
 * `utils.loadDependency` (playground/src/dependencyLoader.ts), as in model-driven apps.
 */
import { loadResxStrings } from "../support/fieldContext";
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
  it("loads the ownership library once, on demand, as its own script beside the page's bundle", async () => {
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
    expect(loaded.scripts.filter((name) => name === "/socialChannelOwnership.js")).toHaveLength(1);
    expect(loaded.library).toBe("object");
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
