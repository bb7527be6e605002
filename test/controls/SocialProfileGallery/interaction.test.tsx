import { fireEvent, screen, waitFor } from "@testing-library/react";
import { axe } from "jest-axe";
import { socialprofile } from "../../../plugins-shim/schema/socialprofile";
import { makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { cells, mountGallery, unmountAll } from "./harness";

const c = socialprofile.columns;

describe("SocialProfileGallery paging", () => {
  afterEach(unmountAll);

  it("sets the page size once and never sends two fetches at once", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(200), pageSize: 25, manual: true }, pageSize: 40 });
    expect(gallery.dataset.calls.setPageSize).toEqual([40]);
    // The host loaded page 1 at its own size: one refresh applies the maker's, before any card shows.
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(1);
    gallery.dataset.settle();
    await gallery.flush();
    expect(gallery.dataset.sortedRecordIds).toHaveLength(40);
    const grid = screen.getByRole("grid");
    // Scroll to the end: the next page is asked for once, even when the agent keeps scrolling.
    for (const top of [5000, 6000, 7000]) {
      grid.scrollTop = top;
      fireEvent.scroll(grid);
      await gallery.flush();
    }
    expect(gallery.dataset.calls.loadNextPage).toBe(1);
    expect(gallery.dataset.inFlight).toBe(true);
    gallery.dataset.settle();
    await gallery.flush();
    expect(gallery.dataset.sortedRecordIds).toHaveLength(80);
    grid.scrollTop = 20000;
    fireEvent.scroll(grid);
    await gallery.flush();
    expect(gallery.dataset.calls.loadNextPage).toBe(2);
    expect(gallery.dataset.calls.overlapping).toBe(0);
    expect(gallery.dataset.calls.setPageSize).toEqual([40]);
  });

  it("holds a sort asked for during a page load until the page arrives", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(200), pageSize: 25, manual: true } });
    const grid = screen.getByRole("grid");
    grid.scrollTop = 5000;
    fireEvent.scroll(grid);
    await gallery.flush();
    expect(gallery.dataset.calls.loadNextPage).toBe(1);
    fireEvent.change(screen.getByLabelText("Sort by"), { target: { value: "followersDesc" } });
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(0);
    gallery.dataset.settle();
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(1);
    expect(gallery.dataset.calls.overlapping).toBe(0);
  });
});

describe("SocialProfileGallery sort, filter and search", () => {
  afterEach(unmountAll);

  it("sorts through the dataset for every record", async () => {
    const gallery = mountGallery({ count: 100 });
    fireEvent.change(screen.getByLabelText("Sort by"), { target: { value: "followersDesc" } });
    await gallery.flush();
    expect(gallery.dataset.sorting).toEqual([{ name: c.msdyn_ocfollowercount.logicalName, sortDirection: 1 }]);
    expect(gallery.dataset.calls.refresh).toBe(1);
    const top = Math.max(...makeProfiles(100).map((p) => p.values[c.msdyn_ocfollowercount.logicalName] as number));
    const first = gallery.dataset.records[gallery.dataset.sortedRecordIds[0]];
    expect(first.getValue(c.msdyn_ocfollowercount.logicalName)).toBe(top);
    // Back to the view's own order.
    fireEvent.change(screen.getByLabelText("Sort by"), { target: { value: "view" } });
    await gallery.flush();
    expect(gallery.dataset.sorting).toEqual([]);
  });

  it("filters by community with a dataset filter", async () => {
    const gallery = mountGallery({ count: 100 });
    fireEvent.change(screen.getByLabelText("Community"), { target: { value: "1" } });
    await gallery.flush();
    expect(gallery.dataset.calls.setFilter.at(-1)).toEqual({
      filterOperator: 0,
      conditions: [{ attributeName: "community", conditionOperator: 0, value: "1" }],
    });
    const shown = gallery.dataset.sortedRecordIds.map((id) => gallery.dataset.records[id].getValue("community"));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([1]));
    fireEvent.change(screen.getByLabelText("Community"), { target: { value: "all" } });
    await gallery.flush();
    expect(gallery.dataset.calls.clearFilter).toBe(1);
  });

  it("searches names and handles, with typed wildcards taken literally", async () => {
    const gallery = mountGallery({ count: 100 });
    fireEvent.change(screen.getByLabelText("Search by name or handle"), { target: { value: "amina" } });
    await waitFor(() => expect(gallery.dataset.calls.setFilter).toHaveLength(1), { timeout: 2000 });
    const filter = gallery.dataset.calls.setFilter[0];
    expect(filter.filters![0].filterOperator).toBe(1);
    expect(filter.filters![0].conditions.map((condition) => condition.attributeName)).toEqual(
      expect.arrayContaining([c.profilename.logicalName, c.profilefullname.logicalName]),
    );
    expect(filter.filters![0].conditions[0]).toMatchObject({ conditionOperator: 6, value: "%amina%" });
    await gallery.flush();
    expect(cells(gallery.container).every((cell) => /Amina/.test(cell.textContent ?? ""))).toBe(true);

    fireEvent.change(screen.getByLabelText("Search by name or handle"), { target: { value: "100%_" } });
    await waitFor(() => expect(gallery.dataset.calls.setFilter).toHaveLength(2), { timeout: 2000 });
    expect(gallery.dataset.calls.setFilter[1].filters![0].conditions[0].value).toBe("%100[%][_]%");
    await gallery.flush();
    expect(screen.getByText("No profiles match")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    await gallery.flush();
    expect(gallery.dataset.calls.clearFilter).toBe(1);
    expect(cells(gallery.container).length).toBeGreaterThan(0);
  });
});

describe("SocialProfileGallery selection, opening and keyboard", () => {
  afterEach(unmountAll);

  it("selects with click, Ctrl+click, Shift+click and Space", async () => {
    const gallery = mountGallery({ count: 30 });
    const ids = gallery.dataset.sortedRecordIds;
    fireEvent.click(cells(gallery.container)[0]);
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toEqual([ids[0]]);
    expect(cells(gallery.container)[0]).toHaveAttribute("aria-selected", "true");
    fireEvent.click(cells(gallery.container)[2], { ctrlKey: true });
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toEqual([ids[0], ids[2]]);
    fireEvent.click(cells(gallery.container)[4], { shiftKey: true });
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toEqual(ids.slice(2, 5));
    fireEvent.keyDown(cells(gallery.container)[3], { key: " " });
    await gallery.flush();
    expect(gallery.dataset.getSelectedRecordIds()).toEqual([ids[2], ids[4]]);
    expect(screen.getByText("2 selected")).toBeInTheDocument();
  });

  it("opens the record with Enter and with a double-click", () => {
    const gallery = mountGallery({ count: 10 });
    fireEvent.keyDown(cells(gallery.container)[1], { key: "Enter" });
    fireEvent.doubleClick(cells(gallery.container)[2]);
    expect(gallery.dataset.calls.openDatasetItem).toEqual([
      gallery.dataset.records[gallery.dataset.sortedRecordIds[1]].getNamedReference(),
      gallery.dataset.records[gallery.dataset.sortedRecordIds[2]].getNamedReference(),
    ]);
  });

  it("moves focus with the arrow keys (roving tabindex), mirrored in RTL", async () => {
    const gallery = mountGallery({ count: 30 });
    const at = (index: number) => gallery.container.querySelector<HTMLElement>(`[data-card-index="${index}"]`)!;
    expect(at(0)).toHaveAttribute("tabindex", "0");
    expect(at(1)).toHaveAttribute("tabindex", "-1");
    at(0).focus();
    fireEvent.keyDown(at(0), { key: "ArrowRight" });
    await gallery.flush();
    expect(document.activeElement).toBe(at(1));
    expect(at(1)).toHaveAttribute("tabindex", "0");
    fireEvent.keyDown(at(1), { key: "ArrowDown" });
    await gallery.flush();
    expect(document.activeElement).toBe(at(4));
    fireEvent.keyDown(at(4), { key: "End" });
    await gallery.flush();
    expect(document.activeElement).toBe(at(5));
    fireEvent.keyDown(at(5), { key: "Home", ctrlKey: true });
    await gallery.flush();
    expect(document.activeElement).toBe(at(0));
    unmountAll();

    const rtl = mountGallery({ count: 30, languageId: 1025 });
    const cell = (index: number) => rtl.container.querySelector<HTMLElement>(`[data-card-index="${index}"]`)!;
    cell(0).focus();
    fireEvent.keyDown(cell(0), { key: "ArrowLeft" });
    await rtl.flush();
    expect(document.activeElement).toBe(cell(1));
  });
});

describe("SocialProfileGallery states", () => {
  afterEach(unmountAll);

  it("shows a designed empty state", async () => {
    const gallery = mountGallery({ count: 0 });
    expect(screen.getByText("No social profiles")).toBeInTheDocument();
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
    expect(await axe(gallery.container)).toHaveNoViolations();
  });

  it("shows the loading state while the first page loads", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(50), pageSize: 25, loadedPages: 0, manual: true } });
    gallery.dataset.refresh();
    await gallery.flush();
    expect(screen.getByRole("status")).toHaveTextContent("Loading social profiles…");
    gallery.dataset.settle();
    await gallery.flush();
    expect(screen.getByRole("grid")).toBeInTheDocument();
  });

  it("explains a failed load and retries through the dataset", async () => {
    const gallery = mountGallery({ count: 50 });
    gallery.dataset.failNextFetch = "The view is not available.";
    gallery.dataset.refresh();
    await gallery.flush();
    expect(screen.getByRole("alert")).toHaveTextContent("Couldn't load the social profiles");
    expect(screen.getByRole("alert")).toHaveTextContent("The view is not available.");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await gallery.flush();
    expect(gallery.dataset.calls.refresh).toBe(2);
    expect(screen.getByRole("grid")).toBeInTheDocument();
  });
});

describe("SocialProfileGallery opt-out", () => {
  afterEach(unmountAll);
  const optOutColumn = c.msdyn_customeroptout.logicalName;

  it("shows the opt-out read-only unless the maker allows updates", () => {
    const gallery = mountGallery({ count: 5, webAPI: { updateRecord: jest.fn() } });
    expect(gallery.container.querySelectorAll("[role='switch']")).toHaveLength(0);
    expect(gallery.container.querySelectorAll("[data-opt-out-lock='notEnabled']")).toHaveLength(1);
  });

  it('shows a read-only opt-out as one "Opted out" badge and says the gallery-wide lock once, above the cards', () => {
    const gallery = mountGallery({ count: 10, webAPI: { updateRecord: jest.fn() } });
    const all = cells(gallery.container);
    // makeProfiles: rows 0 and 7 opted out (i % 7 === 0), the others receive messages.
    const optedOut = (cell: HTMLElement) => cell.querySelector("[data-opted-out]");
    expect(optedOut(all[7])).toHaveTextContent("Opted out");
    expect(all.filter((cell) => optedOut(cell) !== null).map((cell) => Number(cell.dataset.cardIndex))).toEqual([0, 7]);
    // A screen reader hears the field's name, not a bare "Opted out".
    expect(optedOut(all[7])).toHaveTextContent("Customer opted out of messages");
    for (const cell of all) {
      expect(cell).not.toHaveTextContent("Receives messages");
      expect(cell).not.toHaveTextContent("Read-only");
      expect(cell.querySelector("[role='group']")).toBeNull();
    }
    expect(all[1]).not.toHaveTextContent("Customer opted out of messages");
    const note = gallery.container.querySelectorAll("[data-opt-out-lock]");
    expect(note).toHaveLength(1);
    expect(note[0]).toHaveTextContent("Opt-out is read-only in this list: changing it isn't turned on.");
  });

  it("puts a row's own lock (an inactive row in an editable gallery) on that card's lock icon", () => {
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI: { updateRecord: jest.fn() } });
    const lock = cells(gallery.container)[0].querySelector("[data-locked='recordInactive']")!;
    expect(lock).toHaveTextContent("Opt-out can't be changed. Read-only: this profile is inactive.");
    expect(gallery.container.querySelector("[data-opt-out-lock]")).toBeNull();
    expect(cells(gallery.container)[1].querySelector("[role='switch']")).not.toBeNull();
  });

  it("saves through the Web API when allowed", async () => {
    const updateRecord = jest.fn().mockResolvedValue({ id: "x", entityType: "socialprofile" });
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI: { updateRecord } });
    const toggle = cells(gallery.container)[1].querySelector<HTMLInputElement>("[role='switch']")!;
    expect(toggle).not.toBeChecked();
    fireEvent.click(toggle);
    await gallery.flush();
    expect(updateRecord).toHaveBeenCalledWith("socialprofile", gallery.dataset.sortedRecordIds[1], { [optOutColumn]: true });
    expect(cells(gallery.container)[1].querySelector("[role='switch']")).toBeChecked();
  });

  it("undoes a refused change and says why at once, with no updateView after requestRender (pcf-start)", async () => {
    const updateRecord = jest.fn().mockRejectedValue(new Error("Your control is trying to update a record. This is not yet supported."));
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI: { updateRecord }, requestRender: "ignored" });
    await gallery.flush();
    const updateViews = gallery.elements.length;
    const toggle = () => cells(gallery.container)[1].querySelector<HTMLInputElement>("[role='switch']")!;
    expect(toggle()).not.toBeChecked();
    fireEvent.click(toggle());
    expect(toggle()).toBeChecked();
    await gallery.flush();
    expect(updateRecord).toHaveBeenCalledTimes(1);
    // No updateView came: the view itself heard the refusal.
    expect(gallery.elements.length).toBe(updateViews);
    expect(toggle()).not.toBeChecked();
    expect(screen.getByRole("alert")).toHaveTextContent("Opt-out not saved");
    expect(screen.getByRole("alert")).toHaveTextContent("The opt-out change for Björn Haddad was undone");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    await gallery.flush();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("locks only the row the server refused, with the reason", async () => {
    const updateRecord = jest
      .fn()
      .mockRejectedValue({ errorCode: 0x80040220, message: "Principal user is missing prvWriteSocialProfile privilege" });
    const gallery = mountGallery({ count: 5, allowOptOutUpdates: true, webAPI: { updateRecord } });
    fireEvent.click(cells(gallery.container)[1].querySelector("[role='switch']")!);
    await gallery.flush();
    expect(screen.getByRole("alert")).toHaveTextContent("you don't have permission to change this profile.");
    expect(screen.getByRole("alert")).toHaveTextContent("0x80040220");
    // hasEntityPrivilege is table-level: a colleague's row still refuses. That row is locked, the others stay editable.
    expect(cells(gallery.container)[1].querySelector("[role='switch']")).toBeNull();
    expect(cells(gallery.container)[1].querySelector("[data-locked='noPrivilege']")).not.toBeNull();
    expect(cells(gallery.container)[2].querySelector("[role='switch']")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    await gallery.flush();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
