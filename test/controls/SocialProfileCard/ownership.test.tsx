import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CARD_PROPERTIES as PROPERTIES } from "../../../simulator/pcfHost/cardProperties";
import { SocialProfileCard } from "../../../controls/SocialProfileCard";
import type { IInputs, IOutputs } from "../../../controls/SocialProfileCard/generated/ManifestTypes";
import { privilegeHolder, InMemoryAccessOrganization } from "../../../simulator/organization/accessOrganization";
import { PCF_PRIVILEGE, Privilege } from "../../../plugins-shim/ownership";
import { createFieldHost, loadResxStrings } from "../../../simulator/pcfHost/fieldContext";
import { provideOwnershipLibrary, unloadOwnershipLibrary } from "../../../simulator/pcfHost/ownershipLibraryHost";
import { IDS, ownershipOrganization } from "../../../simulator/organization/ownershipOrganization";

/*
 * The card's adapter wires the ownership section: the record id from mode.contextInfo (model-driven
 * apps), context.webAPI for owner / assign / delete, userSettings.userId, utils.hasEntityPrivilege,
 * and the access-message endpoint where window.Xrm gives the organization URL. The section itself
 * comes from the ownership library, through utils.loadDependency (simulator/pcfHost/ownershipLibraryHost.ts).
 */

const en = loadResxStrings(1033);

/** The platform's call of the card's platform action once the page has loaded (the manifest's afterPageLoad). */
const afterPageLoad = (generator: { control: unknown }) =>
  act(async () => {
    await (generator.control as { getActions(): { afterPageLoad(): Promise<void> } }).getActions().afterPageLoad();
  });

function cardHost(
  org: InMemoryAccessOrganization,
  userId: string,
  recordId: string | undefined,
  options: { library?: boolean; pageLoaded?: boolean } = {},
) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the mock's property map typing does not model every manifest type
  const generator = createFieldHost<IInputs, IOutputs>(SocialProfileCard, PROPERTIES as any);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  generator.context._SetCanvasItems({ profileName: "cleo_left", fullName: "Cleo's customer", community: 2 } as any);
  const context = generator.context as unknown as {
    mode: { contextInfo?: { entityId: string } };
    webAPI: unknown;
    userSettings: { userId: string };
    utils: {
      hasEntityPrivilege: (table: string, type: number, depth: number) => boolean;
      loadDependency?: (name: string) => Promise<unknown> | undefined;
    };
  };
  if (recordId) context.mode.contextInfo = { entityId: `{${recordId.toUpperCase()}}` };
  context.webAPI = org.clientFor(userId);
  context.userSettings.userId = `{${userId.toUpperCase()}}`;
  const holds = privilegeHolder(() => org.people, userId);
  const byNumber = new Map<number, Privilege>(Object.entries(PCF_PRIVILEGE).map(([name, value]) => [value, name as Privilege]));
  context.utils.hasEntityPrivilege = (table, type) => table === "socialprofile" && byNumber.has(type) && holds(byNumber.get(type)!);
  if (options.library !== false) provideOwnershipLibrary(context.utils);
  generator.ExecuteInit();
  // The page has loaded: the platform calls afterPageLoad (the tests of that moment pass pageLoaded: false).
  if (options.pageLoaded !== false)
    void (generator.control as unknown as { getActions(): { afterPageLoad(): Promise<void> } }).getActions().afterPageLoad();
  return generator;
}

afterEach(() => {
  delete (globalThis as { Xrm?: unknown }).Xrm;
  unloadOwnershipLibrary();
});

describe("SocialProfileCard ownership section", () => {
  it("shows the card at once, then the ownership, and takes over a profile with no active owner", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.orphan);
    render(generator.ExecuteUpdateView());
    // First render: the card's own content and the section's loading line, nothing waits for the Web API.
    expect(screen.getByText("Cleo's customer")).toBeInTheDocument();
    expect(screen.getByText(en["ownership.loading"])).toBeInTheDocument();
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    expect(screen.getByText(en["ownership.readOnly"])).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Take over" }));
    await userEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Take over" }));
    expect(await screen.findByText("Owned by you")).toBeInTheDocument();
  });

  it("keeps the same ownership client across updates of the same record: the owner is read once", async () => {
    let reads = 0;
    const org = ownershipOrganization({
      intercept: (request) => void (request.operation === "retrieve" && request.table === "socialprofile" && (reads += 1)),
    });
    const generator = cardHost(org, IDS.ada, IDS.orphan);
    const view = render(generator.ExecuteUpdateView());
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    generator.context._SetCanvasItems({ fullName: "Renamed customer" } as any);
    view.rerender(generator.ExecuteUpdateView());
    expect(await screen.findByText("Renamed customer")).toBeInTheDocument();
    expect(screen.getByText("No active owner")).toBeInTheDocument();
    expect(reads).toBe(1);
  });

  it("asks for the ownership library once per card, by its dependency name, and not on a new record", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.orphan, { library: false });
    const asked = provideOwnershipLibrary((generator.context as unknown as { utils: object }).utils);
    const view = render(generator.ExecuteUpdateView());
    // Another record before the library's script has loaded: the card's one request serves it.
    const mode = (generator.context as unknown as { mode: { contextInfo: { entityId: string } } }).mode;
    mode.contextInfo = { entityId: IDS.mine };
    view.rerender(generator.ExecuteUpdateView());
    mode.contextInfo = { entityId: IDS.orphan };
    view.rerender(generator.ExecuteUpdateView());
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    generator.context._SetCanvasItems({ fullName: "Renamed customer" } as any);
    view.rerender(generator.ExecuteUpdateView());
    expect(asked).toEqual(["scc_SocialChannel.SocialProfileOwnership"]);

    const newRecord = cardHost(ownershipOrganization(), IDS.ada, undefined, { library: false });
    const none = provideOwnershipLibrary((newRecord.context as unknown as { utils: object }).utils);
    newRecord.ExecuteUpdateView();
    expect(none).toEqual([]);
  });

  it("asks for the library from getActions().afterPageLoad, as Microsoft's tutorial does, not from updateView", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.orphan, { library: false, pageLoaded: false });
    const asked = provideOwnershipLibrary((generator.context as unknown as { utils: object }).utils);
    const view = render(generator.ExecuteUpdateView());
    view.rerender(generator.ExecuteUpdateView());
    expect(asked).toEqual([]);
    expect(screen.getByText(en["ownership.loading"])).toBeInTheDocument();
    await afterPageLoad(generator);
    expect(asked).toEqual(["scc_SocialChannel.SocialProfileOwnership"]);
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
  });

  it("after a failed load, 'Try again' loads the library: one failure no longer disables the section until the form reloads", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.orphan, { library: false, pageLoaded: false });
    const utils = (generator.context as unknown as { utils: { loadDependency?: (name: string) => Promise<unknown> | undefined } }).utils;
    provideOwnershipLibrary(utils);
    const working = utils.loadDependency!;
    let calls = 0;
    // The first load fails (a network blip), the next one works.
    utils.loadDependency = (name) => (++calls === 1 ? Promise.reject(new Error("script did not load")) : working(name));
    render(generator.ExecuteUpdateView());
    await afterPageLoad(generator);
    const region = screen.getByRole("region", { name: en["ownership.region.label"] });
    expect(await within(region).findByText(en["ownership.unavailable"])).toBeInTheDocument();
    await userEvent.click(within(region).getByRole("button", { name: en["ownership.retry"] }));
    expect(await screen.findByText("No active owner")).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it("says ownership isn't available where the host has no loadDependency, and the rest of the card works", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.orphan, { library: false });
    delete (generator.context as unknown as { utils: { loadDependency?: unknown } }).utils.loadDependency;
    render(generator.ExecuteUpdateView());
    const region = screen.getByRole("region", { name: en["ownership.region.label"] });
    expect(await within(region).findByText(en["ownership.unavailable"])).toBeInTheDocument();
    // No load can succeed here: nothing to try again.
    expect(within(region).queryByRole("button", { name: en["ownership.retry"] })).not.toBeInTheDocument();
    expect(screen.getByText("Cleo's customer")).toBeInTheDocument();
    const optOut = screen.getByRole("switch");
    await userEvent.click(optOut);
    expect(generator.onOutputChanged.called).toBe(true);
  });

  it("shows no section on a new record (no record id)", () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, undefined);
    render(generator.ExecuteUpdateView());
    expect(screen.queryByRole("region", { name: en["ownership.region.label"] })).not.toBeInTheDocument();
  });

  it("after a delete from the card, navigates the form away from the deleted record to the Social Profiles list", async () => {
    const org = ownershipOrganization();
    const navigateTo = jest.fn(() => Promise.resolve());
    (globalThis as { Xrm?: unknown }).Xrm = { Navigation: { navigateTo } };
    const generator = cardHost(org, IDS.ada, IDS.mine);
    render(generator.ExecuteUpdateView());
    await userEvent.click(await screen.findByRole("button", { name: en["ownership.action.delete"] }));
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findByText(/the 2 social activities/);
    await userEvent.click(within(dialog).getByRole("button", { name: en["ownership.delete.confirm"] }));
    expect(await screen.findByText(en["ownership.deleted"])).toBeInTheDocument();
    expect(navigateTo).toHaveBeenCalledTimes(1);
    expect(navigateTo).toHaveBeenCalledWith({ pageType: "entitylist", entityName: "socialprofile" });
  });

  it("offers no Delete where the form can't be navigated away (no Xrm.Navigation): the form's own Delete remains", async () => {
    const generator = cardHost(ownershipOrganization(), IDS.ada, IDS.mine);
    render(generator.ExecuteUpdateView());
    expect(await screen.findByText("Owned by you")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: en["ownership.action.assign"] })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: en["ownership.action.delete"] })).not.toBeInTheDocument();
  });

  it("re-opened on a deleted record says the profile was deleted, once, without 0x80040217", async () => {
    const org = ownershipOrganization();
    await org.data.deleteRecord("socialprofile", IDS.mine);
    const generator = cardHost(org, IDS.ada, IDS.mine);
    const { container } = render(generator.ExecuteUpdateView());
    expect(await screen.findByText(en["ownership.deleted"])).toBeInTheDocument();
    expect(screen.getAllByText(en["ownership.deleted"])).toHaveLength(1);
    expect(container.textContent).not.toMatch(/0x80040217|Something unexpected/);
  });

  it("reaches the access messages through the app's endpoint when Xrm gives the organization URL", async () => {
    const org = ownershipOrganization();
    await org
      .accessMessagesFor(IDS.ben)
      .grantAccess({ table: "socialprofile", entitySetName: "socialprofiles", id: IDS.shared }, { kind: "team", id: IDS.support }, 1);
    (globalThis as { Xrm?: unknown }).Xrm = {
      Utility: { getGlobalContext: () => ({ getClientUrl: () => "https://contoso.crm.dynamics.com" }) },
    };
    const fetchBefore = globalThis.fetch;
    globalThis.fetch = org.fetchFor(IDS.ada) as unknown as typeof fetch;
    try {
      const generator = cardHost(org, IDS.ada, IDS.shared);
      render(generator.ExecuteUpdateView());
      expect(await screen.findByText("Shared with you")).toBeInTheDocument();
      expect(screen.getByText("Support Team")).toBeInTheDocument();
    } finally {
      globalThis.fetch = fetchBefore;
    }
  });
});
