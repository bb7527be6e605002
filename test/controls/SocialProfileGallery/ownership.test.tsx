import { loadResxStrings } from "../../../simulator/pcfHost/fieldContext";
import { fireEvent, screen, within } from "@testing-library/react";
import { socialprofile } from "../../../plugins-shim/schema/socialprofile";
import { DEFAULT_COLUMNS, FakeDatasetOptions, FakeFilter, FakeRecordData, makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { fixtureNamed } from "../../../simulator/pcfHost/platformErrors";
import { ME, MY_TEAM, OWNERS, ownerIndex, SYSTEM_USERS, teamMembershipWebApi, withOwners } from "../../../simulator/pcfHost/galleryOwners";
import { pcfStartDataset } from "../../../simulator/pcfHost/pcfStartDataset";
import { cells, mountGallery, PCF_START_TYPES, pcfStartRows, unmountAll } from "./harness";

const c = socialprofile.columns;
const TEAM = MY_TEAM;
const profiles = (count: number): FakeRecordData[] => withOwners(makeProfiles(count));

const modelDriven = (count = 16, extra: Partial<FakeDatasetOptions> = {}): FakeDatasetOptions => ({
  records: profiles(count),
  pageSize: 25,
  columns: [...DEFAULT_COLUMNS, { name: "ownerid" }],
  linkedTables: { systemuser: SYSTEM_USERS },
  ...extra,
});

/** context.webAPI answering the team read, counting every call. */
function teamsWebApi(failWith?: unknown) {
  const read = jest.fn();
  return Object.assign(teamMembershipWebApi({ failWith, onRead: read }), { reads: read, updateRecord: jest.fn() });
}

const ownerSelect = () => screen.getByLabelText("Owner") as HTMLSelectElement;
const options = (select: HTMLSelectElement) => Array.from(select.options).map((option) => option.textContent);
const badges = (container: HTMLElement) => cells(container).map((cell) => cell.querySelector("[data-relation]")?.textContent ?? null);
const lastFilter = (filters: FakeFilter[]) => filters[filters.length - 1];

async function mountModelDriven(extra: Partial<FakeDatasetOptions> = {}, webAPI: unknown = teamsWebApi()) {
  const gallery = mountGallery({ dataset: modelDriven(16, extra), userId: `{${ME.toUpperCase()}}`, webAPI });
  await gallery.flush();
  return gallery;
}

async function choose(gallery: { flush(): Promise<void> }, label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
  await gallery.flush();
}

describe("SocialProfileGallery owner filter (model-driven dataset)", () => {
  afterEach(unmountAll);

  it("offers All / Mine / My teams' / No active owner, never Shared with me", async () => {
    await mountModelDriven();
    expect(options(ownerSelect())).toEqual(["All", "Mine", "My teams'", "No active owner"]);
  });

  it("Mine: Equal on ownerid with the user's id, and only my profiles remain", async () => {
    const gallery = await mountModelDriven();
    await choose(gallery, "Owner", "mine");
    expect(lastFilter(gallery.dataset.calls.setFilter).conditions).toEqual([{ attributeName: "ownerid", conditionOperator: 0, value: ME }]);
    expect(cells(gallery.container)).toHaveLength(4);
    expect(new Set(badges(gallery.container))).toEqual(new Set(["Owned by you"]));
  });

  it("My teams': In on ownerid with the team ids read once", async () => {
    const webAPI = teamsWebApi();
    const gallery = await mountModelDriven({}, webAPI);
    await choose(gallery, "Owner", "myTeams");
    expect(lastFilter(gallery.dataset.calls.setFilter).conditions).toEqual([
      { attributeName: "ownerid", conditionOperator: 8, value: [TEAM] },
    ]);
    expect(new Set(badges(gallery.container))).toEqual(new Set(["Owned by your team Support Team"]));
    expect(webAPI.reads).toHaveBeenCalledTimes(1);
  });

  it("No active owner: one outer link to systemuser and isdisabled on its alias; All afterwards keeps team-owned rows", async () => {
    const gallery = await mountModelDriven();
    await choose(gallery, "Owner", "noActiveOwner");
    expect(gallery.dataset.calls.addLinkedEntity).toEqual([
      { name: "systemuser", from: "systemuserid", to: "ownerid", linkType: "outer", alias: "owneruser" },
    ]);
    expect(lastFilter(gallery.dataset.calls.setFilter).conditions).toEqual([
      { attributeName: "isdisabled", conditionOperator: 0, value: "1", entityAliasName: "owneruser" },
    ]);
    expect(cells(gallery.container)).toHaveLength(4);
    expect(new Set(badges(gallery.container))).toEqual(new Set(["No active owner"]));

    await choose(gallery, "Owner", "noActiveOwner");
    await choose(gallery, "Owner", "all");
    await choose(gallery, "Owner", "noActiveOwner");
    // The dataset API cannot remove a link: it is added once and must not hide team-owned profiles.
    expect(gallery.dataset.calls.addLinkedEntity).toHaveLength(1);
    await choose(gallery, "Owner", "all");
    expect(screen.getByRole("status")).toHaveTextContent("16 of 16 profiles");
  });

  it("combines with the community filter and the search without clobbering them", async () => {
    const gallery = await mountModelDriven();
    const community = String(c.community.choices![1].value);
    await choose(gallery, "Community", community);
    await choose(gallery, "Owner", "mine");
    let filter = lastFilter(gallery.dataset.calls.setFilter);
    expect(filter.conditions).toEqual([
      { attributeName: "ownerid", conditionOperator: 0, value: ME },
      { attributeName: "community", conditionOperator: 0, value: community },
    ]);
    fireEvent.keyDown(screen.getByRole("searchbox"), { key: "Enter" });
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "amina" } });
    fireEvent.keyDown(screen.getByRole("searchbox"), { key: "Enter" });
    await gallery.flush();
    filter = lastFilter(gallery.dataset.calls.setFilter);
    expect(filter.conditions).toHaveLength(2);
    expect(filter.filters![0].conditions.every((condition) => condition.value === "%amina%")).toBe(true);
    // Changing the owner keeps the community and the search.
    await choose(gallery, "Owner", "all");
    filter = lastFilter(gallery.dataset.calls.setFilter);
    expect(filter.conditions).toEqual([{ attributeName: "community", conditionOperator: 0, value: community }]);
    expect(filter.filters).toHaveLength(1);
    expect((screen.getByLabelText("Community") as HTMLSelectElement).value).toBe(community);
  });

  it("Clear filters resets the owner too", async () => {
    const webAPI = teamsWebApi();
    const gallery = mountGallery({
      dataset: modelDriven(8, { records: profiles(8).filter((_, i) => ownerIndex(i) === 2) }),
      userId: ME,
      webAPI,
    });
    await gallery.flush();
    await choose(gallery, "Owner", "mine");
    expect(cells(gallery.container)).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await gallery.flush();
    expect(ownerSelect().value).toBe("all");
    expect(cells(gallery.container)).toHaveLength(2);
  });

  it("hides My teams' when the user's teams can't be read, and the rest still works", async () => {
    const gallery = await mountModelDriven({}, teamsWebApi(fixtureNamed("privilege missing (signed code)").error));
    expect(options(ownerSelect())).toEqual(["All", "Mine", "No active owner"]);
    // Without teams, a team-owned profile is someone else's.
    expect(badges(gallery.container)[1]).toBe("Owned by someone else");
  });

  it("asks for ownerid with addColumn when the view lacks it (one refresh at setup)", async () => {
    const gallery = mountGallery({
      dataset: { ...modelDriven(), columns: DEFAULT_COLUMNS, addColumn: true },
      userId: ME,
      webAPI: teamsWebApi(),
    });
    await gallery.flush();
    expect(gallery.dataset.calls.addColumn).toContain("ownerid");
    expect(gallery.dataset.calls.refresh).toBe(1);
    expect(badges(gallery.container)[0]).toBe("Owned by you");
  });
});

describe("SocialProfileGallery ownership badge", () => {
  afterEach(unmountAll);

  it("derives each card's badge from the row's ownerid: one team read, no request per card", async () => {
    const webAPI = teamsWebApi();
    const gallery = await mountModelDriven({}, webAPI);
    expect(badges(gallery.container).slice(0, 4)).toEqual([
      "Owned by you",
      "Owned by your team Support Team",
      "Owned by someone else",
      "Owned by someone else",
    ]);
    expect(webAPI.reads).toHaveBeenCalledTimes(1);
    // The badge sits inside the card's gridcell, announced with the card.
    expect(within(cells(gallery.container)[0]).getByText("Owned by you")).toBeInTheDocument();
  });

  it("is translated (French)", async () => {
    const gallery = mountGallery({ dataset: modelDriven(), userId: ME, webAPI: teamsWebApi(), languageId: 1036 });
    await gallery.flush();
    const fr = loadResxStrings(1036);
    expect(badges(gallery.container)[0]).toBe(fr["ownership.relation.ownedByYou"]);
    expect(fr["ownership.relation.ownedByYou"]).not.toBe("Owned by you");
  });

  it("shows no badge where the row has no owner column", async () => {
    const gallery = mountGallery({ dataset: { ...modelDriven(), columns: DEFAULT_COLUMNS }, userId: ME, webAPI: teamsWebApi() });
    await gallery.flush();
    expect(cells(gallery.container).length).toBeGreaterThan(0);
    expect(badges(gallery.container).every((badge) => badge === null)).toBe(true);
  });
});

describe("SocialProfileGallery ownership where the host can't filter by owner", () => {
  afterEach(unmountAll);

  it("pcf-start's dataset and nil user id: no owner filter, no badge, no filter or link sent", async () => {
    const calls = { logged: [] as string[] };
    // ownerid is no property-set, so the harness would not hold it; even given, it must not bring a badge.
    const rows = pcfStartRows(3).map((row, i) => ({ ...row, ownerid: OWNERS[i] }));
    const dataset = pcfStartDataset(PCF_START_TYPES, rows, calls);
    const webAPI = teamsWebApi();
    const gallery = mountGallery({ hostDataset: dataset, userId: "{00000000-0000-0000-0000-000000000000}", webAPI });
    await gallery.flush();
    expect(cells(gallery.container)).toHaveLength(3);
    expect(screen.queryByLabelText("Owner")).toBeNull();
    expect(badges(gallery.container).every((badge) => badge === null)).toBe(true);
    expect(dataset.linking.getLinkedEntities()).toEqual([]);
    // The harness's setFilter keeps the filter for getFilter (and logs nothing): none was set.
    expect(dataset.filtering.getFilter()).toBeUndefined();
    // No team read for a user who doesn't exist.
    expect(webAPI.reads).not.toHaveBeenCalled();
  });

  it("a dataset without linking (canvas hosts): no owner filter, badges still from the rows", async () => {
    const gallery = mountGallery({ dataset: { ...modelDriven(), linkedTables: undefined }, userId: ME, webAPI: teamsWebApi() });
    await gallery.flush();
    expect(screen.queryByLabelText("Owner")).toBeNull();
    expect(badges(gallery.container)[0]).toBe("Owned by you");
  });

  it("no user id: no owner filter and no badge", async () => {
    const gallery = mountGallery({ dataset: modelDriven(), webAPI: teamsWebApi() });
    await gallery.flush();
    expect(screen.queryByLabelText("Owner")).toBeNull();
    expect(badges(gallery.container).every((badge) => badge === null)).toBe(true);
  });
});

describe("SocialProfileGallery badge while the owner query is on its way", () => {
  afterEach(unmountAll);

  it("keeps the loaded cards' badges until the No active owner rows arrive", async () => {
    const gallery = mountGallery({ dataset: modelDriven(16, { manual: true }), userId: ME, webAPI: teamsWebApi() });
    await gallery.flush();
    expect(badges(gallery.container)[0]).toBe("Owned by you");
    fireEvent.change(ownerSelect(), { target: { value: "noActiveOwner" } });
    await gallery.flush();
    expect(gallery.dataset.inFlight).toBe(true);
    expect(badges(gallery.container)[0]).toBe("Owned by you");
    gallery.dataset.settle();
    await gallery.flush();
    expect(new Set(badges(gallery.container))).toEqual(new Set(["No active owner"]));
  });
});
