import { fireEvent, screen } from "@testing-library/react";
import { LOGICAL_NAMES } from "../../../controls/SocialProfileGallery/model/columns";
import { socialprofile } from "../../../plugins-shim/schema/socialprofile";
import { makeProfiles, viewColumns } from "../../../simulator/pcfHost/datasetContext";
import { pcfStartDataset } from "../../../simulator/pcfHost/pcfStartDataset";
import { cells, mountGallery, PCF_START_TYPES, pcfStartRows, unmountAll } from "./harness";

const c = socialprofile.columns;
/** A Social Profiles view as a maker leaves it: names, community and counts, no property-set bound. */
const VIEW = [c.profilename, c.profilefullname, c.community, c.msdyn_ocfollowercount, c.msdyn_ocfollowingcount, c.msdyn_ocfriendcount].map(
  (column) => column.logicalName,
);

describe("SocialProfileGallery on Microsoft's pcf-start dataset", () => {
  afterEach(unmountAll);

  it("renders the harness's dataset (sorting undefined, no page size) without throwing", async () => {
    const calls = { logged: [] as string[] };
    const gallery = mountGallery({ hostDataset: pcfStartDataset(PCF_START_TYPES, pcfStartRows(3), calls), pageSize: 50 });
    await gallery.flush();
    expect(cells(gallery.container)).toHaveLength(3);
    expect(cells(gallery.container)[0]).toHaveTextContent("Person 0");
    expect(screen.getByRole("status")).toHaveTextContent("3 of 3 profiles");
    // Everything is loaded and every property-set bound there: no refresh (it would only be logged, and nothing would arrive).
    expect(calls.logged).not.toContain("refresh");
    expect(calls.logged).not.toContain("addColumn");
  });
});

describe("SocialProfileGallery with zero configuration", () => {
  afterEach(unmountAll);

  it.each([
    ["without aliases", viewColumns(VIEW, "none")],
    ["with the logical name as alias", viewColumns(VIEW, "logicalName")],
  ])("maps the view's columns by logical name (%s)", async (_label, columns) => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(10), pageSize: 25, columns }, cardLayout: "full" });
    await gallery.flush();
    const first = cells(gallery.container)[0];
    expect(first).toHaveTextContent("Amina Haddad");
    expect(first).toHaveTextContent(String(makeProfiles(1)[0].values.profilename));
    // Row 1 has 7,919 followers (makeProfiles): the count column reached the card.
    expect(cells(gallery.container)[1].textContent).toMatch(/7[.,]9\s?K|7,919/);
  });

  it("asks for the columns the card needs with addColumn, then one refresh brings their values", async () => {
    const records = makeProfiles(40);
    const gallery = mountGallery({ dataset: { records, pageSize: 25, columns: viewColumns(VIEW), addColumn: true, manual: true } });
    expect(gallery.dataset.calls.addColumn).toEqual(expect.arrayContaining([LOGICAL_NAMES.state, LOGICAL_NAMES.optOut]));
    expect(gallery.dataset.calls.addColumn).not.toContain(LOGICAL_NAMES.profileName);
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(1);
    gallery.dataset.settle();
    await gallery.flush();
    // Row 0 is inactive in makeProfiles (i % 17 === 0): its state came through the added statecode column.
    expect(cells(gallery.container)[0]).toHaveTextContent("Inactive");
    expect(gallery.dataset.records[gallery.dataset.sortedRecordIds[0]].getValue(LOGICAL_NAMES.state)).toBe(1);
    expect(gallery.dataset.calls.refresh).toBe(1);
    expect(gallery.dataset.calls.overlapping).toBe(0);
  });
});

describe("SocialProfileGallery and the host's paging", () => {
  afterEach(unmountAll);

  it("applies the page size with one refresh before the first page, so no row is skipped", async () => {
    const records = makeProfiles(200);
    const gallery = mountGallery({ dataset: { records, pageSize: 10 }, pageSize: 50 });
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(1);
    expect(gallery.dataset.sortedRecordIds).toHaveLength(50);
    const grid = screen.getByRole("grid");
    for (let i = 0; i < 6 && gallery.dataset.paging.hasNextPage; i += 1) {
      grid.scrollTop = 1_000_000;
      fireEvent.scroll(grid);
      await gallery.flush();
    }
    expect(gallery.dataset.sortedRecordIds).toEqual(records.map((record) => record.id));
    expect(gallery.dataset.calls.overlapping).toBe(0);
  });

  it("keeps every loaded card when the next page fails, and Try again asks for that page only, once", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(100), pageSize: 25, manual: true } });
    const grid = screen.getByRole("grid");
    gallery.dataset.failNextFetch = "The server is busy.";
    grid.scrollTop = 5000;
    fireEvent.scroll(grid);
    await gallery.flush();
    expect(gallery.dataset.calls.loadNextPage).toBe(1);
    gallery.dataset.settle();
    await gallery.flush();
    expect(screen.getByRole("grid")).toBe(grid);
    expect(cells(gallery.container).length).toBeGreaterThan(0);
    expect(screen.getByRole("alert")).toHaveTextContent("Couldn't load more social profiles");
    const retry = screen.getByRole("button", { name: "Try again" });
    fireEvent.click(retry);
    fireEvent.click(retry);
    await gallery.flush();
    expect(gallery.dataset.calls.loadNextPage).toBe(2);
    expect(gallery.dataset.calls.refresh).toBe(0);
    gallery.dataset.settle();
    await gallery.flush();
    expect(gallery.dataset.sortedRecordIds).toHaveLength(50);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("sends one refresh for a double-click on Try again after a failed load", async () => {
    const gallery = mountGallery({ count: 50, dataset: { records: makeProfiles(50), pageSize: 25, manual: true } });
    gallery.dataset.failNextFetch = "The view is not available.";
    gallery.dataset.refresh();
    gallery.dataset.settle();
    await gallery.flush();
    const retry = screen.getByRole("button", { name: "Try again" });
    fireEvent.click(retry);
    fireEvent.click(retry);
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(2);
    expect(gallery.dataset.calls.overlapping).toBe(0);
  });
});

describe("SocialProfileGallery writes only where allowed", () => {
  afterEach(unmountAll);
  const webAPI = { updateRecord: jest.fn() };

  it.each([
    ["the form is read-only", { controlDisabled: true }, "formReadOnly"],
    ["the user has no write privilege on socialprofile", { canWrite: false }, "noPrivilege"],
  ] as const)("shows the opt-out as a locked value when %s", async (_label, options, reason) => {
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI, ...options });
    await gallery.flush();
    expect(gallery.container.querySelectorAll("[role='switch']")).toHaveLength(0);
    // A lock every card shares is said once above the cards, not on each card.
    expect(gallery.container.querySelectorAll(`[data-opt-out-lock='${reason}']`)).toHaveLength(1);
    expect(cells(gallery.container)[1].querySelector("[data-locked]")).toBeNull();
  });

  it("locks an inactive row and keeps active rows editable", async () => {
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI });
    await gallery.flush();
    // makeProfiles: row 0 is inactive (statecode 1), rows 1–4 active.
    expect(cells(gallery.container)[0].querySelector("[data-locked='recordInactive']")).not.toBeNull();
    expect(cells(gallery.container)[0].querySelector("[role='switch']")).toBeNull();
    expect(cells(gallery.container)[1].querySelector("[role='switch']")).not.toBeNull();
  });

  it("names an inactive row's cause on a read-only form, as the form's card does (resolveLock)", async () => {
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI, controlDisabled: true });
    await gallery.flush();
    expect(cells(gallery.container)[0].querySelector("[data-locked='recordInactive']")).not.toBeNull();
    expect(gallery.container.querySelector("[data-opt-out-lock='formReadOnly']")).not.toBeNull();
    expect(cells(gallery.container)[1].querySelector("[data-locked]")).toBeNull();
  });
});

describe("SocialProfileGallery community choices", () => {
  afterEach(unmountAll);

  const orgMetadata = {
    Attributes: {
      get: (name: string) =>
        name === "community"
          ? {
              attributeDescriptor: {
                OptionSet: [
                  { Value: 1, Label: "Facebook Pages", Color: "" },
                  { Value: 15, Label: "WhatsApp", Color: "" },
                  { Value: 100000000, Label: "Contoso Chat", Color: "" },
                ],
              },
            }
          : undefined,
    },
  };

  it("lists the org's options and labels, custom values included, and filters by them", async () => {
    const gallery = mountGallery({ count: 30, entityMetadata: orgMetadata });
    await gallery.flush();
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>("Community").options).map((option) => option.textContent);
    expect(options).toEqual(["All communities", "Contoso Chat", "Facebook Pages", "WhatsApp"]);
    fireEvent.change(screen.getByLabelText("Community"), { target: { value: "100000000" } });
    await gallery.flush();
    expect(gallery.dataset.calls.setFilter.at(-1)!.conditions[0]).toEqual({
      attributeName: "community",
      conditionOperator: 0,
      value: "100000000",
    });
  });

  it("falls back to our catalog when the metadata cannot be read", async () => {
    mountGallery({ count: 5 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>("Community").options);
    expect(options.length).toBe(19);
  });
});

describe("SocialProfileGallery keyboard, selection and announcements", () => {
  afterEach(unmountAll);

  it("is one tab stop: only the active card and its own controls are in the tab order", async () => {
    const gallery = mountGallery({ count: 30, allowOptOutUpdates: true, webAPI: { updateRecord: jest.fn() } });
    await gallery.flush();
    const grid = screen.getByRole("grid");
    const tabbable = Array.from(grid.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]")).filter(
      (element) => element.tabIndex >= 0,
    );
    const active = grid.querySelector<HTMLElement>("[role='gridcell'][tabindex='0']")!;
    expect(tabbable.length).toBeGreaterThan(0);
    expect(tabbable.every((element) => active.contains(element))).toBe(true);
  });

  it("clears the selection when the filter changes, so commands never act on hidden records", async () => {
    const gallery = mountGallery({ count: 30 });
    fireEvent.click(cells(gallery.container)[0]);
    await gallery.flush();
    fireEvent.click(cells(gallery.container)[1], { ctrlKey: true });
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText("Community"), { target: { value: "1" } });
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toEqual([]);
    expect(screen.getByRole("status")).not.toHaveTextContent("selected");
  });

  it("announces loading and the new count in one polite live region", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(50), pageSize: 25, manual: true } });
    const region = screen.getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveTextContent("25 of 50 profiles");
    fireEvent.change(screen.getByLabelText("Community"), { target: { value: "1" } });
    await gallery.flush();
    gallery.dataset.settle();
    await gallery.flush();
    expect(screen.getByRole("status")).toBe(region);
    expect(region).toHaveTextContent(/of \d+ profiles/);
  });
});
