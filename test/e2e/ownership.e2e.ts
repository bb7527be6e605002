/**
 * Ownership and sharing in real Chromium: the playground's card over the in-memory organization
 * with people, the access messages reached through the page's own /api/data/v9.2/ endpoint.
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
