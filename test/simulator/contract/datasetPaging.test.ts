/** @jest-environment node */
/**
 * Contract of the dataset doubles: the model-driven fake (simulator/pcfHost/datasetContext.ts) and
 * pcf-start's harness dataset (pcfStartDataset.ts, read from node_modules/pcf-start/harness.js).
 * The surface both must offer comes from the PCF DataSet reference
 * (learn.microsoft.com/power-apps/developer/component-framework/reference/dataset) and
 * @types/powerapps-component-framework; the model-driven paging claims from the PCF paging
 * reference; pcf-start's defaults from its harness.js.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FakeDataset, makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { pcfStartDataset } from "../../../simulator/pcfHost/pcfStartDataset";

const harness = readFileSync(path.join(require.resolve("pcf-start/package.json"), "..", "harness.js"), "utf8");

/** What the gallery reads of a DataSet (PCF DataSet: properties and methods it documents). */
function expectDataSetSurface(dataset: Record<string, unknown>): void {
  for (const member of ["columns", "sortedRecordIds"]) expect(Array.isArray(dataset[member])).toBe(true);
  for (const member of ["records", "paging", "filtering"]) expect(typeof dataset[member]).toBe("object");
  for (const method of [
    "refresh",
    "getSelectedRecordIds",
    "setSelectedRecordIds",
    "clearSelectedRecordIds",
    "openDatasetItem",
    "getTargetEntityType",
    "getTitle",
    "getViewId",
  ]) {
    expect(typeof dataset[method]).toBe("function");
  }
  expect(typeof dataset.loading).toBe("boolean");
  expect(typeof dataset.error).toBe("boolean");
  const paging = dataset.paging as Record<string, unknown>;
  // PCF Paging: totalResultCount, hasNextPage, hasPreviousPage, loadNextPage, loadPreviousPage, reset, setPageSize.
  expect(typeof paging.totalResultCount).toBe("number");
  expect(typeof paging.hasNextPage).toBe("boolean");
  for (const method of ["loadNextPage", "loadPreviousPage", "reset", "setPageSize"]) expect(typeof paging[method]).toBe("function");
  const filtering = dataset.filtering as Record<string, unknown>;
  for (const method of ["getFilter", "setFilter", "clearFilter"]) expect(typeof filtering[method]).toBe("function");
  // PCF Column: name, displayName, dataType, alias, order, visualSizeFactor.
  for (const column of dataset.columns as Record<string, unknown>[]) {
    expect(column).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        displayName: expect.any(String),
        dataType: expect.any(String),
        order: expect.any(Number),
        visualSizeFactor: expect.any(Number),
      }),
    );
  }
  // PCF EntityRecord: getRecordId, getValue, getFormattedValue, getNamedReference.
  const records = dataset.records as Record<string, Record<string, unknown>>;
  for (const id of dataset.sortedRecordIds as string[]) {
    const record = records[id];
    for (const method of ["getRecordId", "getValue", "getFormattedValue", "getNamedReference"])
      expect(typeof record[method]).toBe("function");
    expect((record.getRecordId as () => string)()).toBe(id);
  }
}

describe("the dataset surface (both doubles)", () => {
  it("the model-driven fake offers what the DataSet reference documents", () => {
    expectDataSetSurface(new FakeDataset({ records: makeProfiles(3) }) as unknown as Record<string, unknown>);
  });

  it("pcf-start's dataset offers the same surface", () => {
    expectDataSetSurface(
      pcfStartDataset({ profilename: "SingleLine.Text" }, [{ profilename: "Ada" }, { profilename: "Ben" }]) as unknown as Record<
        string,
        unknown
      >,
    );
  });
});

describe("paging in a model-driven host (contract of FakeDataset)", () => {
  it("starts with 25 rows a page, as pcf-start's dataset runtime does without a page size", () => {
    // harness.js: `_pagingDetails={pageSize:c||25,…,totalResultCount:-1,hasNextPage:!1,…}`.
    expect(harness).toMatch(/pageSize:\w+\|\|25,/);
    const dataset = new FakeDataset({ records: makeProfiles(60) });
    expect(dataset.paging.pageSize).toBe(25);
    expect(dataset.sortedRecordIds).toHaveLength(25);
    expect(dataset.paging.hasNextPage).toBe(true);
  });

  it("answers -1 when the total is not available", () => {
    // PCF paging/totalResultCount: "In case when value is not available -1 is sent."; harness.js defaults to `totalResultCount:-1`.
    expect(harness).toMatch(/totalResultCount:-1/);
    expect(new FakeDataset({ records: makeProfiles(30), total: "unknown" }).paging.totalResultCount).toBe(-1);
    expect(new FakeDataset({ records: makeProfiles(30), total: "exact" }).paging.totalResultCount).toBe(30);
  });

  it("counts at most the cap Dataverse counts to", () => {
    // FetchXML "Count rows": the total record count counts up to 5000.
    expect(new FakeDataset({ records: makeProfiles(5003), total: { cap: 5000 } }).paging.totalResultCount).toBe(5000);
  });

  it("appends the next page asynchronously, keeping the rows already loaded", async () => {
    // PCF paging/loadNextPage (model-driven: pages append); dataset/refresh: new data arrives "in another 'updateView' cycle".
    const dataset = new FakeDataset({ records: makeProfiles(60), pageSize: 20, manual: true });
    const firstPage = [...dataset.sortedRecordIds];
    dataset.paging.loadNextPage();
    expect(dataset.loading).toBe(true);
    expect(dataset.sortedRecordIds).toEqual(firstPage);
    dataset.settle();
    expect(dataset.loading).toBe(false);
    expect(dataset.sortedRecordIds).toHaveLength(40);
    expect(dataset.sortedRecordIds.slice(0, 20)).toEqual(firstPage);
  });

  it("applies a new page size on the next refresh, which starts again at page 1", () => {
    // PCF paging/setPageSize: applies "on the next data refresh"; dataset/refresh: "refresh will reset paging to page 1".
    const dataset = new FakeDataset({ records: makeProfiles(60), pageSize: 20, loadedPages: 2, manual: true });
    expect(dataset.sortedRecordIds).toHaveLength(40);
    dataset.paging.setPageSize(10);
    expect(dataset.sortedRecordIds).toHaveLength(40);
    dataset.refresh();
    dataset.settle();
    expect(dataset.sortedRecordIds).toHaveLength(10);
    expect(dataset.paging.hasNextPage).toBe(true);
  });

  it("in pcf-start, every row is loaded and paging calls only log", () => {
    // harness.js: every record is in the dataset, hasNextPage false, loadNextPage logs "Invoked method …" (pcfStartDataset.ts).
    const calls = { logged: [] as string[] };
    const dataset = pcfStartDataset(
      { profilename: "SingleLine.Text" },
      Array.from({ length: 60 }, (_, i) => ({ profilename: `p${i}` })),
      calls,
    );
    expect(dataset.sortedRecordIds).toHaveLength(60);
    expect(dataset.paging).toEqual(expect.objectContaining({ totalResultCount: 60, hasNextPage: false }));
    dataset.paging.loadNextPage();
    expect(dataset.sortedRecordIds).toHaveLength(60);
    expect(calls.logged).toEqual(["loadNextPage"]);
  });
});
