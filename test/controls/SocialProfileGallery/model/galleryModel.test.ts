/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { LOGICAL_NAMES, mapColumns, PROPERTY_SETS } from "../../../../controls/SocialProfileGallery/model/columns";
import { optionsFromMetadata } from "../../../../controls/SocialProfileGallery/model/communityOptions";
import { DatasetRequests } from "../../../../controls/SocialProfileGallery/model/datasetRequests";
import { moveFocus } from "../../../../controls/SocialProfileGallery/model/gridGeometry";
import { escapeLike, filterFor, INITIAL_QUERY } from "../../../../controls/SocialProfileGallery/model/query";
import { readProfile } from "../../../../controls/SocialProfileGallery/model/readProfile";
import { RowCache } from "../../../../controls/SocialProfileGallery/model/rowCache";
import { ownerColumnOf } from "../../../../controls/SocialProfileGallery/model/rowOwner";
import { totalCount } from "../../../../controls/SocialProfileGallery/model/totalCount";
import { DEFAULT_COLUMNS, FakeDataset, FakeEntityRecord, makeProfiles } from "../../../../simulator/pcfHost/datasetContext";
import { loadStrings } from "../../../../plugins-shim/strings/resx";

const columns = mapColumns(DEFAULT_COLUMNS);
const root = path.resolve(__dirname, "../../../..");

describe("gallery model", () => {
  it("reads host value shapes into plain card data", () => {
    const record = new FakeEntityRecord({
      id: "1",
      values: {
        community: "2",
        msdyn_ocfollowercount: "-5",
        msdyn_customeroptout: "1",
        blocked: 0,
        msdyn_octwitterhandleid: [{ id: "t", name: "@contoso" }],
        profilefullname: "  ",
      },
      formatted: { community: "Twitter" },
    });
    expect(readProfile(record, columns)).toMatchObject({
      community: 2,
      communityFormatted: "Twitter",
      followerCount: -5,
      optOut: true,
      blocked: false,
      twitterHandle: "@contoso",
      fullName: null,
      phoneNumber: null,
    });
  });

  it("keeps row objects and the array when nothing changed, and only new rows on append", () => {
    const cache = new RowCache();
    const data = makeProfiles(4);
    const records = Object.fromEntries(data.map((d) => [d.id, new FakeEntityRecord(d)]));
    const first = cache.read(
      data.slice(0, 2).map((d) => d.id),
      records,
      columns,
    );
    expect(
      cache.read(
        data.slice(0, 2).map((d) => d.id),
        records,
        columns,
      ),
    ).toBe(first);
    const fresh = Object.fromEntries(data.map((d) => [d.id, new FakeEntityRecord(d)]));
    const appended = cache.read(
      data.map((d) => d.id),
      fresh,
      columns,
    );
    expect(appended).not.toBe(first);
    expect(appended[0]).toBe(first[0]);
    expect(appended).toHaveLength(4);
  });

  it("builds server filters and escapes LIKE wildcards", () => {
    expect(filterFor(INITIAL_QUERY, columns)).toBeUndefined();
    expect(escapeLike("a%b_c[d")).toBe("a[%]b[_]c[[]d");
    const filter = filterFor({ sort: "view", community: 15, search: " x ", owner: "all" }, columns)!;
    expect(filter.conditions).toEqual([{ attributeName: "community", conditionOperator: 0, value: "15" }]);
    expect(filter.filters![0].conditions.every((condition) => condition.value === "%x%")).toBe(true);
  });

  it("moves focus like a grid, clamped to the loaded cards", () => {
    const move = (index: number, key: Parameters<typeof moveFocus>[4]["key"], rtl = false, ctrl = false) =>
      moveFocus(index, 10, 3, 2, { key, rtl, ctrl });
    expect(move(0, "ArrowLeft")).toBe(0);
    expect(move(0, "ArrowLeft", true)).toBe(1);
    expect(move(7, "ArrowDown")).toBe(9);
    expect(move(8, "ArrowDown")).toBe(9);
    expect(move(4, "ArrowUp")).toBe(1);
    expect(move(4, "End")).toBe(5);
    expect(move(4, "End", false, true)).toBe(9);
    expect(move(1, "PageDown")).toBe(7);
    expect(move(8, "PageUp")).toBe(2);
  });

  it("labels totals the platform may not know", () => {
    expect(totalCount(25, -1, true)).toEqual({ kind: "unknown", loaded: 25, more: true });
    expect(totalCount(25, 5000, true)).toEqual({ kind: "atLeast", loaded: 25, total: 5000 });
    expect(totalCount(25, 80, true)).toEqual({ kind: "exact", loaded: 25, total: 80 });
  });

  it('reads only a count at the 5,000 limit as "at least": one above it is exact', () => {
    expect(totalCount(250, 20_000, true)).toEqual({ kind: "exact", loaded: 250, total: 20_000 });
    expect(totalCount(250, 5001, true)).toEqual({ kind: "exact", loaded: 250, total: 5001 });
    expect(totalCount(5000, 5000, false)).toEqual({ kind: "exact", loaded: 5000, total: 5000 });
  });

  it("refuses a second fetch while one is in flight", () => {
    const dataset = new FakeDataset({ records: makeProfiles(100), pageSize: 10, manual: true });
    const requests = new DatasetRequests((work) => work());
    requests.observe(dataset as never, columns);
    expect(requests.loadNextPage(dataset as never)).toBe(true);
    expect(requests.loadNextPage(dataset as never)).toBe(false);
    expect(requests.query(dataset as never, columns, { ...INITIAL_QUERY, sort: "nameAsc" })).toBe("queued");
    dataset.settle();
    requests.observe(dataset as never, columns);
    expect(dataset.calls).toMatchObject({ loadNextPage: 1, refresh: 1, overlapping: 0 });
  });

  it("declares one property-set per card field and every gallery string in all five languages", () => {
    const manifest = readFileSync(path.join(root, "controls/SocialProfileGallery/ControlManifest.Input.xml"), "utf8");
    const declared = [...manifest.matchAll(/<property-set name="(\w+)"/g)].map((match) => match[1]);
    expect(declared).toEqual([...PROPERTY_SETS]);
    const sources = ["ControlManifest.Input.xml", "host/GalleryController.ts", "view/GalleryView.tsx", "view/GalleryToolbar.tsx"].map(
      (file) => readFileSync(path.join(root, "controls/SocialProfileGallery", file), "utf8"),
    );
    const keys = new Set(sources.flatMap((source) => [...source.matchAll(/"(gallery\.[\w.]+)"/g)].map((match) => match[1])));
    const dynamic = ["view", "nameAsc", "nameDesc", "community", "followersDesc", "followersAsc"].map((sort) => `gallery.sort.${sort}`);
    const reasons = ["privilege", "columnSecurity", "throttled", "network", "server", "businessRule", "unknown"].map(
      (kind) => `gallery.optOutError.${kind}`,
    );
    for (const lcid of [1033, 1036, 1031, 1041, 1025]) {
      const strings = loadStrings(lcid);
      for (const key of [...keys, ...dynamic, ...reasons])
        expect([lcid, key, (strings[key] ?? "").trim() !== ""]).toEqual([lcid, key, true]);
    }
    expect(keys.size).toBeGreaterThan(40);
  });
});

describe("gallery model on any host shape", () => {
  const anyColumn = fc.record(
    {
      name: fc.oneof(fc.constantFrom(...Object.values(LOGICAL_NAMES), ...PROPERTY_SETS), fc.string()),
      alias: fc.oneof(fc.constantFrom(...PROPERTY_SETS, ...Object.values(LOGICAL_NAMES)), fc.string()),
    },
    { requiredKeys: [] },
  );

  it("maps any column list without throwing; a bound property-set wins over a view column", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), fc.array(anyColumn, { maxLength: 20 })), (list) => {
        const map = mapColumns(list as never);
        for (const column of list ?? []) {
          if (column.name && column.alias && (PROPERTY_SETS as readonly string[]).includes(column.alias)) {
            expect(map[column.alias as (typeof PROPERTY_SETS)[number]]).toBeDefined();
          }
        }
      }),
    );
  });

  it("observes and sets up a dataset with any field missing, never calling refresh inside", () => {
    const partial = fc.record(
      {
        loading: fc.boolean(),
        error: fc.boolean(),
        sortedRecordIds: fc.array(fc.string(), { maxLength: 3 }),
        sorting: fc.constant(undefined),
        paging: fc.record({ hasNextPage: fc.boolean(), pageSize: fc.nat(100) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(partial, fc.option(fc.integer({ min: -5, max: 300 })), (shape, size) => {
        const refresh = jest.fn();
        const scheduled: (() => void)[] = [];
        const requests = new DatasetRequests((work) => scheduled.push(work));
        const dataset = {
          ...shape,
          refresh,
          paging: shape.paging ? { ...shape.paging, setPageSize: jest.fn(), loadNextPage: jest.fn() } : undefined,
        };
        requests.observe(dataset, {});
        requests.setUp(dataset, {}, size);
        expect(refresh).not.toHaveBeenCalled();
        scheduled.forEach((work) => work());
        expect(refresh.mock.calls.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("takes columns whose name is no string for no column: mapping, owner and addColumn requests", () => {
    const odd = [{ name: 5 }, { name: null }, { name: { toString: null } }, null, { name: "ownerid" }] as never[];
    expect(mapColumns(odd)).toEqual({});
    expect(ownerColumnOf(odd)).toBe("ownerid");
    expect(ownerColumnOf([{ name: 5 }] as never[])).toBeUndefined();
    const requests = new DatasetRequests(() => undefined);
    const addColumn = jest.fn();
    const dataset = { columns: odd, addColumn, refresh: jest.fn(), sortedRecordIds: [], paging: { pageSize: 25, setPageSize: jest.fn() } };
    expect(() => requests.setUp(dataset as never, {}, 25, ["ownerid"])).not.toThrow();
    expect(addColumn.mock.calls.map(([name]) => name)).not.toContain("ownerid");
  });

  it("skips a sorted id with no record, also one named like an Object member", () => {
    const [record] = makeProfiles(1).map((profile) => new FakeEntityRecord(profile));
    const records = { [record.getRecordId()]: record };
    const rows = new RowCache().read(["constructor", "__proto__", "toString", record.getRecordId()], records, columns);
    expect(rows.map((row) => row.id)).toEqual([record.getRecordId()]);
  });

  it("reads the org's community options from getEntityMetadata shapes, or none", () => {
    const described = (OptionSet: unknown) => ({ Attributes: { get: () => ({ attributeDescriptor: { OptionSet } }) } });
    expect(optionsFromMetadata(described([{ Value: 100000000, Label: "Contoso Chat" }]), "community")).toEqual([
      { value: 100000000, label: "Contoso Chat" },
    ]);
    expect(optionsFromMetadata({ Attributes: { get: () => ({ OptionSet: { 1: { value: 1, text: "Facebook" } } }) } }, "community")).toEqual(
      [{ value: 1, label: "Facebook" }],
    );
    expect(optionsFromMetadata(undefined, "community")).toBeUndefined();
    expect(optionsFromMetadata({ Attributes: {} }, "community")).toBeUndefined();
    expect(optionsFromMetadata(described([{ Label: "no value" }]), "community")).toBeUndefined();
  });
});

describe("gallery filters", () => {
  /** DataSetApi.Types.ConditionOperator in @types/powerapps-component-framework: the operators a dataset filter supports. */
  const DOCUMENTED = new Set([
    -1, 0, 1, 2, 3, 4, 5, 6, 8, 12, 14, 15, 16, 17, 18, 19, 20, 22, 23, 25, 26, 27, 28, 29, 33, 34, 37, 38, 49, 70, 75, 76, 77, 78, 79, 87,
  ]);
  const operatorsOf = (filter: { conditions: { conditionOperator: number }[]; filters?: unknown[] } | undefined): number[] =>
    filter
      ? [...filter.conditions.map((condition) => condition.conditionOperator), ...((filter.filters ?? []) as never[]).flatMap(operatorsOf)]
      : [];

  it("uses only documented dataset condition operators, for any query", () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 100000010 })), fc.string(), (community, search) => {
        const filter = filterFor({ ...INITIAL_QUERY, community, search }, columns);
        expect(operatorsOf(filter).every((operator) => DOCUMENTED.has(operator))).toBe(true);
      }),
    );
  });
});
