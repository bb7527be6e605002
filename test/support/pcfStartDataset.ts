/**
 * The dataset Microsoft's test harness hands a control: pcf-start 1.51.1, read from
 * node_modules/pcf-start/harness.js (the object its `updateView` context carries as
 * `parameters.<data-set>`), and seen in Chromium (test/e2e/harnessGallery.e2e.ts):
 * - `columns`: one per property-set, `name` and `alias` both the property-set name;
 * - `records[id].getValue(<property-set name>)`; ids "id0", "id1", …; every record is loaded;
 * - `sorting: undefined`; `paging` has no `pageSize`, `hasNextPage: false`,
 *   `totalResultCount` = the number of records; `paging.setPageSize`, `loadNextPage`, `refresh`,
 *   `addColumn` and `openDatasetItem` only log ("Invoked method …"): nothing ever arrives;
 * - `filtering.setFilter` stores a copy of the filter and `linking.addLinkedEntity` pushes to
 *   `getLinkedEntities()`; neither changes the records (its refresh only logs);
 * - the context's `userSettings.userId` is the nil GUID "{00000000-0000-0000-0000-000000000000}";
 * - `getSelectedRecordIds()` is undefined until `setSelectedRecordIds` is called;
 * - `loading: false`, `error: false`, `errorMessage: undefined`.
 * The harness builds this object anew on every render.
 */
export interface PcfStartDatasetCalls {
  logged: string[];
}

export function pcfStartDataset(propertySets: readonly string[], rows: readonly Record<string, unknown>[], calls: PcfStartDatasetCalls = { logged: [] }) {
  let selected: string[] | undefined;
  const linked: { name: string; from: string; to: string; linkType: string; alias: string }[] = [];
  const log = (name: string) => () => {
    calls.logged.push(name);
  };
  const entries = rows.map((row, index) => [`id${index}`, row] as const);
  return {
    calls,
    addColumn: log("addColumn"),
    columns: propertySets.map((name, order) => ({ name, displayName: name, dataType: "SingleLine.Text", alias: name, order, visualSizeFactor: 100, isHidden: false, isPrimary: true, disableSorting: false })),
    error: false,
    errorMessage: undefined,
    filtering: { getFilter: () => undefined, setFilter: log("setFilter"), clearFilter: log("clearFilter") },
    linking: {
      getLinkedEntities: () => linked,
      addLinkedEntity: (link: (typeof linked)[number]) => {
        linked.push(link);
      },
    },
    loading: false,
    paging: {
      totalResultCount: entries.length,
      hasNextPage: false,
      hasPreviousPage: false,
      loadNextPage: log("loadNextPage"),
      loadPreviousPage: log("loadPreviousPage"),
      reset: log("reset"),
      // pcf-start logs setPageSize under the name "loadNextPage".
      setPageSize: log("loadNextPage"),
    },
    records: Object.fromEntries(
      entries.map(([id, row]) => [
        id,
        {
          getRecordId: () => id,
          getValue: (column: string) => row[column],
          getFormattedValue: (column: string) => (row[column] == null ? "" : String(row[column])),
          getNamedReference: () => ({ id, entityType: "account", name: "account" }),
        },
      ]),
    ),
    sortedRecordIds: entries.map(([id]) => id),
    sorting: undefined,
    clearSelectedRecordIds: () => {
      selected = undefined;
    },
    getSelectedRecordIds: () => selected,
    getTargetEntityType: () => "account",
    getTitle: () => "Sample",
    getViewId: () => "00000000-0000-0000-0000-000000000000",
    openDatasetItem: log("openDatasetItem"),
    refresh: log("refresh"),
    setSelectedRecordIds: (ids: string[]) => {
      selected = [...ids];
    },
  };
}
