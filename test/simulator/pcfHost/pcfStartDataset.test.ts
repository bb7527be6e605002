/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import { harnessSampleValue, harnessSelectedTypes, pcfStartDataset } from "../../../simulator/pcfHost/pcfStartDataset";

/** Expected values read from node_modules/pcf-start/harness.js (1.51.1): `tp`, `rp`, `pp`, `op`, `qp` (see pcfStartDataset.ts). */
describe("the pcf-start dataset double", () => {
  const types = {
    count: "Whole.None",
    choice: "OptionSet",
    score: "Decimal",
    ratio: "FP",
    flag: "TwoOptions",
    name: "SingleLine.Text",
    handle: "Lookup.Simple",
  };

  it("converts each raw value by its selected type and formats it as the harness does", () => {
    const dataset = pcfStartDataset(types, [
      { count: "1234", choice: "15", score: "1234.5", ratio: "0.125", flag: "TRUE", name: "Ada", handle: "ada" },
      { count: "", choice: "x", score: "-7", ratio: undefined, flag: "1", name: "", handle: undefined },
    ]);
    const [first, second] = dataset.sortedRecordIds.map((id) => dataset.records[id]);
    expect(dataset.sortedRecordIds).toEqual(["id0", "id1"]);
    expect(["count", "choice", "score", "ratio", "flag", "name", "handle"].map((column) => first.getValue(column))).toEqual([
      1234,
      15,
      1234.5,
      0.125,
      true,
      "Ada",
      "ada",
    ]);
    expect(["count", "choice", "score", "ratio", "flag", "name"].map((column) => first.getFormattedValue(column))).toEqual([
      "1,234",
      "15",
      "1,234.50",
      "0.13",
      "true",
      "Ada",
    ]);
    // Falsy raw values pass unconverted (`if(!e)return e`); the number formatter reads "" as 0; only "true" is true.
    expect(second.getValue("count")).toBe("");
    expect(second.getFormattedValue("count")).toBe("0");
    expect(second.getValue("choice")).toBeUndefined();
    expect(second.getFormattedValue("choice")).toBeUndefined();
    expect(second.getFormattedValue("score")).toBe("-7.00");
    expect(second.getValue("flag")).toBe(false);
    expect(second.getFormattedValue("flag")).toBe("false");
    expect(second.getFormattedValue("handle")).toBeUndefined();
    expect(dataset.columns.map((column) => [column.name, column.dataType])).toEqual(Object.entries(types));
  });

  it("keeps a copy of the filter, clears it, and neither logs nor refreshes", () => {
    const calls = { logged: [] as string[] };
    const dataset = pcfStartDataset(types, [], calls);
    const filter = { filterOperator: 0, conditions: [{ attributeName: "name", conditionOperator: 0, value: "Ada" }] };
    expect(dataset.filtering.getFilter()).toBeUndefined();
    dataset.filtering.setFilter(filter);
    filter.conditions[0].value = "changed";
    expect(dataset.filtering.getFilter()).toEqual({
      filterOperator: 0,
      conditions: [{ attributeName: "name", conditionOperator: 0, value: "Ada" }],
    });
    dataset.filtering.clearFilter();
    expect(dataset.filtering.getFilter()).toBeUndefined();
    expect(calls.logged).toEqual([]);
  });

  it("names the harness's sample view", () => {
    const dataset = pcfStartDataset(types, []);
    expect([dataset.getTitle(), dataset.getViewId(), dataset.getTargetEntityType()]).toEqual(["All Accounts", "account_view", "account"]);
  });

  it("selects the first type of each property-set's type-group in the gallery's manifest, with the harness's sample values", () => {
    const manifest = readFileSync(path.resolve(__dirname, "../../../controls/SocialProfileGallery/ControlManifest.Input.xml"), "utf8");
    const selected = harnessSelectedTypes(manifest);
    expect(selected).toMatchObject({
      fullName: "SingleLine.Text",
      community: "OptionSet",
      followerCount: "Whole.None",
      influenceScore: "Decimal",
      optOut: "TwoOptions",
      twitterHandle: "Lookup.Simple",
    });
    expect(["SingleLine.Text", "OptionSet", "Whole.None", "Decimal", "TwoOptions", "Lookup.Simple"].map(harnessSampleValue)).toEqual([
      "val",
      "0",
      "0",
      "0.0",
      "true",
      "val",
    ]);
  });

  it("refuses the types it does not reproduce", () => {
    const dataset = pcfStartDataset({ when: "DateAndTime.DateOnly" }, [{ when: "2019-01-01" }]);
    expect(() => dataset.records.id0.getValue("when")).toThrow(/not reproduced/);
  });
});
