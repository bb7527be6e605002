/**
 * A fake PCF dataset and context for dataset controls, usable in jsdom tests and in the browser
 * benchmark (no jest, no Node APIs). Each behaviour is a claim about the model-driven host and
 * names its source (PCF = learn.microsoft.com/power-apps/developer/component-framework/reference):
 * - Fetches are asynchronous: `loading` is true, then an updateView brings the data (PCF
 *   dataset/refresh: "Executing refresh will trigger updateView on the control with newly fetched
 *   results"; the JSDoc of `refresh` in @types/powerapps-component-framework 1.3.18: "New data will
 *   be pushed to control in another 'updateView' cycle"). That `loading` is true in between is
 *   unconfirmed (PCF dataset documents `loading` without saying when): the gallery also detects
 *   an arrival without it (DatasetRequests.observe: ids, count or hasNextPage changed).
 * - `refresh()` re-queries with the current sorting, filter and column set and starts at page 1
 *   (PCF dataset/refresh: "Refreshes the dataset based on filters, sorting, linking, new column.
 *   Additionally, refresh will reset paging to page 1.").
 * - `paging.setPageSize` applies "on the next data refresh" (PCF paging/setpagesize). Pages are
 *   fetched by page number × page size, as FetchXML pages (`page` and `count`,
 *   learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results): a page size
 *   changed without a refresh makes the next page start at page × new size, skipping rows.
 * - `loadNextPage` appends in model-driven apps (PCF paging/loadnextpage; docs/platform-facts.md#pcf-build-and-host-facts).
 * - `totalResultCount`: "Total number of results on the server for the current query. In case
 *   when value is not available -1 is sent." (PCF paging; the typings say only "…for the currently
 *   applied query"). Dataverse counts "up to 5000" (learn.microsoft.com/power-apps/developer/
 *   data-platform/fetchxml/count-rows: returntotalrecordcount, TotalRecordCount); that a
 *   model-driven host passes that capped count through is unconfirmed. Option `total` gives an
 *   exact count, -1, or a cap; the gallery handles all three (model/totalCount.ts: -1, a missing
 *   or too small count read as unknown, a count at 5,000 as "at least"). The same page notes that
 *   canvas apps give a multiple of 500 until the last set of records: not modelled here, and the
 *   gallery would show such a figure as exact.
 * - `columns` are the view's: with the property-set alias, or without one (PCF dataset/columns
 *   documents `alias` without promising it on view columns): option `columns`.
 * - `addColumn` is model-driven only and optional in the typings (PCF dataset/addcolumn): present
 *   only with option `addColumn`; an added column carries values after the next refresh.
 * - A record answers `getValue` only for columns of the fetched column set (Dataverse returns the
 *   columns asked for; the Web API omits the others).
 * - A failed fetch sets `error` and `errorMessage` (PCF dataset: error, errorMessage) and leaves
 *   the loaded records as they were.
 * Every call is recorded, including a second fetch sent while one is in flight.
 * - `linking` (option `linkedTables`) is model-driven only (PCF linking/addlinkedentity: "Available
 *   for Model-driven apps") and has no call to remove a link. A condition with `entityAliasName`
 *   reads the linked row (FetchXML link-entity: the alias names the related table in conditions);
 *   an outer link leaves rows without a related row (FetchXML link-type outer), an alias never
 *   linked fails the fetch as the server refuses an unknown alias.
 * - Lookup columns (e.g. `ownerid`) hold an EntityReference `{ id: { guid }, name, etn }` (PCF
 *   EntityReference); Equal and In compare its guid (ConditionExpression on a lookup takes ids).
 * Microsoft's pcf-start harness hands another shape: see pcfStartDataset.ts.
 */
import { socialprofile } from "../../plugins-shim/schema/socialprofile";
import type { ColumnMetadata } from "../../plugins-shim/schema/types";
import { formatWithSeparators, HARNESS_SEPARATORS, hostNumberFormatting, type Separators } from "./numberFormatting";
import { fakeGetResource, GetResource } from "./resourceFake";

export interface FakeRecordData {
  id: string;
  /** Raw values by column logical name. */
  values: Record<string, unknown>;
  /** Formatted values by column logical name (defaults: defaultFormatted below). */
  formatted?: Record<string, string>;
}

export interface FakeFilter {
  filterOperator: 0 | 1;
  conditions: { attributeName: string; conditionOperator: number; value: string | string[]; entityAliasName?: string }[];
  filters?: FakeFilter[];
}

export interface FakeSort {
  name: string;
  sortDirection: -1 | 0 | 1;
}

export type TotalMode = "exact" | "unknown" | { cap: number };

export interface FakeDatasetOptions {
  records: FakeRecordData[];
  pageSize?: number;
  /** Pages already loaded when the control first sees the dataset. */
  loadedPages?: number;
  total?: TotalMode;
  /** The dataset's columns (logical name, and the property-set alias when bound); defaults to every property-set bound. */
  columns?: { name: string; alias?: string }[];
  /** The host offers `addColumn` (model-driven apps do; canvas apps and pcf-start's typings make it optional). */
  addColumn?: boolean;
  /** New record objects on every fetch (as some hosts do), instead of keeping loaded ones. */
  recreateRecords?: boolean;
  /** When true, fetches complete only when `settle()` is called; otherwise on a microtask. */
  manual?: boolean;
  /** The view's own sorting. */
  viewSorting?: FakeSort[];
  /** The host offers `linking` (model-driven); rows of the tables a link may reach, by table then id. */
  linkedTables?: Record<string, Record<string, Record<string, unknown>>>;
}

export interface FakeLink {
  name: string;
  from: string;
  to: string;
  linkType: string;
  alias: string;
}

/** Property-set alias → socialprofile column, as a maker would map them (names from the schema). */
export const DEFAULT_COLUMNS: { name: string; alias?: string }[] = (
  [
    ["profileName", "profilename"],
    ["fullName", "profilefullname"],
    ["community", "community"],
    ["followerCount", "msdyn_ocfollowercount"],
    ["followingCount", "msdyn_ocfollowingcount"],
    ["friendCount", "msdyn_ocfriendcount"],
    ["influenceScore", "influencescore"],
    ["optOut", "msdyn_customeroptout"],
    ["phoneNumber", "msdyn_phonenumber"],
    ["profileImageLink", "msdyn_profileimagelink"],
    ["profileLink", "profilelink"],
    ["twitterHandle", "msdyn_octwitterhandleid"],
    ["weChatOpenId", "msdyn_wechatopenid"],
    ["appleMessagesSourceId", "msdyn_sourceid"],
    ["blocked", "blocked"],
    ["state", "statecode"],
  ] as const
).map(([alias, column]) => ({ alias, name: socialprofile.columns[column].logicalName }));

/** View columns as a subgrid gives them when no property-set is bound: logical names, with or without an alias. */
export function viewColumns(logicalNames: readonly string[], alias: "none" | "logicalName" = "none"): { name: string; alias?: string }[] {
  return logicalNames.map((name) => (alias === "none" ? { name } : { name, alias: name }));
}

/**
 * A formatted value as a model-driven host would plausibly give it when the test gave none. PCF
 * EntityRecord.getFormattedValue documents only "Gets the current formatted value of the record
 * column" (a string). Dataverse's formatted values (Web API annotation
 * OData.Community.Display.V1.FormattedValue, SDK Entity.FormattedValues: "the collection of
 * formatted values for the entity attributes") carry a two-options column's label, a choice's
 * label, a lookup's record name and numbers written with the user's format (e.g.
 * bengribaudo.com, "Dataverse Web API Tip #10: Formatted Values": contact `merged` false → "No").
 * That a dataset record hands exactly these strings is unconfirmed, so the gallery reads raw
 * values where it can (readProfile.ts) and a formatted value only for the community label and a
 * lookup without a name.
 * - booleans: "Yes"/"No" (unconfirmed for blocked and msdyn_customeroptout: their option labels
 *   are not in the schema here; a column's labels are its own);
 * - numbers: the choice's label for a choice/state/status column (schema choices), otherwise
 *   grouped with pcf-start's en-US separators (numberFormatting.ts), a column's `precision` places
 *   for decimal/double columns and none for whole numbers;
 * - a lookup (EntityReference `{ id, name, etn }`, or an array of them): the first one's name;
 * - null/undefined: "" (the typings and docs promise a string).
 */
function defaultFormatted(value: unknown, metadata: ColumnMetadata | undefined): string {
  if (value == null) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    const choice = metadata?.choices?.find((option) => option.value === value);
    if (choice) return choice.label;
    const places =
      metadata?.type === "decimal" || metadata?.type === "double" ? (metadata.precision ?? 2) : Number.isInteger(value) ? 0 : 2;
    return formatWithSeparators(value, places, HARNESS_SEPARATORS);
  }
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === "object") return "name" in first ? String((first as { name?: unknown }).name ?? "") : "";
  return String(value);
}

export class FakeEntityRecord {
  /** `fetched`: the column set of the fetch that brought the record (undefined: every column). */
  constructor(
    private readonly data: FakeRecordData,
    private readonly fetched?: ReadonlySet<string>,
  ) {}
  getRecordId(): string {
    return this.data.id;
  }
  getValue(column: string): unknown {
    if (this.fetched && !this.fetched.has(column)) return null;
    return this.data.values[column] ?? null;
  }
  getFormattedValue(column: string): string {
    const formatted = this.data.formatted?.[column];
    if (formatted !== undefined) return formatted;
    return defaultFormatted(this.data.values[column], socialprofile.columns[column]);
  }
  getNamedReference(): { id: { guid: string }; etn: string; name: string } {
    return { id: { guid: this.data.id }, etn: socialprofile.logicalName, name: String(this.data.values.profilename ?? "") };
  }
}

const likeToRegExp = (pattern: string): RegExp => {
  let source = "";
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === "[" && pattern[i + 2] === "]") {
      source += pattern[i + 1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i += 2;
    } else if (char === "%") source += ".*";
    else if (char === "_") source += ".";
    else source += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
};

/** ComponentFramework.PropertyHelper.DataSetApi.Types.ConditionOperator in @types/powerapps-component-framework. */
const SUPPORTED_OPERATORS: ReadonlySet<number> = new Set([
  -1, 0, 1, 2, 3, 4, 5, 6, 8, 12, 14, 15, 16, 17, 18, 19, 20, 22, 23, 25, 26, 27, 28, 29, 33, 34, 37, 38, 49, 70, 75, 76, 77, 78, 79, 87,
]);

/** A lookup's id (EntityReference `id.guid`), or the value itself. */
const comparable = (value: unknown): unknown =>
  value && typeof value === "object" && "id" in value ? String((value as { id: { guid: string } }).id.guid).toLowerCase() : value;

type LinkedRow = (record: FakeRecordData, alias: string) => Record<string, unknown> | null;

function matches(record: FakeRecordData, filter: FakeFilter, linked: LinkedRow): boolean {
  const results = [
    ...filter.conditions.map((condition) => {
      const row = condition.entityAliasName ? linked(record, condition.entityAliasName) : record.values;
      const value = comparable(row?.[condition.attributeName]);
      if (condition.conditionOperator === 8) {
        const list = (Array.isArray(condition.value) ? condition.value : [condition.value]).map((item) => item.toLowerCase());
        return value != null && list.includes(String(value).toLowerCase());
      }
      const expected = Array.isArray(condition.value) ? condition.value[0] : condition.value;
      // Operators the PCF typings list as supported (DataSetApi.Types.ConditionOperator, a subset of
      // Microsoft.Xrm.Sdk.Query.ConditionOperator); this fake evaluates Equal (0) and Like (6) and refuses the rest.
      if (!SUPPORTED_OPERATORS.has(condition.conditionOperator))
        throw new Error(`fake dataset: condition operator ${condition.conditionOperator} is not a supported dataset operator`);
      // Two-options compare as 1/0 (FetchXML condition values).
      if (condition.conditionOperator === 0)
        return value != null && String(typeof value === "boolean" ? Number(value) : value).toLowerCase() === expected.toLowerCase();
      if (condition.conditionOperator === 6) return value != null && likeToRegExp(expected).test(String(value));
      throw new Error(`fake dataset: condition operator ${condition.conditionOperator} is documented but not evaluated by this fake`);
    }),
    ...(filter.filters ?? []).map((child) => matches(record, child, linked)),
  ];
  return filter.filterOperator === 1 ? results.some(Boolean) : results.every(Boolean);
}

function compare(a: unknown, b: unknown): number {
  if (a == null) return b == null ? 0 : -1;
  if (b == null) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

export interface DatasetCalls {
  setPageSize: number[];
  addColumn: string[];
  loadNextPage: number;
  refresh: number;
  setFilter: FakeFilter[];
  clearFilter: number;
  addLinkedEntity: FakeLink[];
  /** Fetches asked for while another was in flight (must stay 0). */
  overlapping: number;
  setSelectedRecordIds: string[][];
  openDatasetItem: unknown[];
}

export class FakeDataset {
  loading = false;
  error = false;
  errorMessage = "";
  sortedRecordIds: string[] = [];
  records: Record<string, FakeEntityRecord> = {};
  sorting: FakeSort[];
  columns: { name: string; alias?: string; displayName: string; dataType: string; order: number; visualSizeFactor: number }[];
  /** Present only with option `addColumn` (model-driven hosts). */
  addColumn?: (name: string, entityAlias?: string) => void;
  readonly calls: DatasetCalls = {
    setPageSize: [],
    addColumn: [],
    loadNextPage: 0,
    refresh: 0,
    setFilter: [],
    clearFilter: 0,
    addLinkedEntity: [],
    overlapping: 0,
    setSelectedRecordIds: [],
    openDatasetItem: [],
  };
  /** Called after the host changed the dataset (the harness runs updateView). */
  onChange: () => void = () => undefined;
  /** The next fetch fails with this message. */
  failNextFetch: string | undefined;

  private source: FakeRecordData[];
  private view: FakeRecordData[];
  private loaded = 0;
  /** The last page fetched (FetchXML page number); 1 after every refresh. */
  private pageNumber = 1;
  private pendingColumns: string[] = [];
  private fetchedColumns: ReadonlySet<string>;
  private filter: FakeFilter | undefined;
  private selected: string[] = [];
  private pending: (() => void) | undefined;
  private readonly options: FakeDatasetOptions;

  readonly paging: {
    pageSize: number;
    totalResultCount: number;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    firstPageNumber: number;
    lastPageNumber: number;
    setPageSize: (size: number) => void;
    loadNextPage: () => void;
    loadPreviousPage: () => void;
    reset: () => void;
    loadExactPage: (page: number) => void;
  };
  /** Present only with option `linkedTables` (model-driven hosts). */
  readonly linking?: { getLinkedEntities: () => FakeLink[]; addLinkedEntity: (link: FakeLink) => void };
  private links: FakeLink[] = [];
  readonly filtering: { getFilter: () => FakeFilter | undefined; setFilter: (filter: FakeFilter) => void; clearFilter: () => void };

  constructor(options: FakeDatasetOptions) {
    this.options = options;
    this.source = options.records;
    this.view = [...this.source];
    this.sorting = (options.viewSorting ?? []).map((sort) => ({ ...sort }));
    this.columns = (options.columns ?? DEFAULT_COLUMNS).map((column, order) => FakeDataset.column(column, order));
    this.fetchedColumns = new Set(this.columns.map((column) => column.name));
    if (options.addColumn) {
      this.addColumn = (name) => {
        this.calls.addColumn.push(name);
        if (!this.columns.some((column) => column.name === name) && !this.pendingColumns.includes(name)) this.pendingColumns.push(name);
      };
    }
    this.paging = {
      pageSize: options.pageSize ?? 25,
      totalResultCount: -1,
      hasNextPage: false,
      hasPreviousPage: false,
      firstPageNumber: 1,
      lastPageNumber: 1,
      setPageSize: (size) => {
        this.calls.setPageSize.push(size);
        this.paging.pageSize = size;
      },
      loadNextPage: () => {
        this.calls.loadNextPage += 1;
        this.fetch(() => {
          // Page n of size s is rows (n-1)·s … n·s of the query (FetchXML page/count).
          this.pageNumber += 1;
          const size = this.paging.pageSize;
          this.loadedIds = [
            ...this.loadedIds,
            ...this.view.slice((this.pageNumber - 1) * size, this.pageNumber * size).map((data) => data.id),
          ];
          this.loaded = Math.min(this.view.length, this.pageNumber * size);
        });
      },
      loadPreviousPage: () => undefined,
      reset: () => this.refresh(),
      loadExactPage: () => undefined,
    };
    this.filtering = {
      getFilter: () => this.filter,
      setFilter: (filter) => {
        this.calls.setFilter.push(JSON.parse(JSON.stringify(filter)));
        this.filter = filter;
      },
      clearFilter: () => {
        this.calls.clearFilter += 1;
        this.filter = undefined;
      },
    };
    if (options.linkedTables) {
      this.linking = {
        getLinkedEntities: () => this.links.map((link) => ({ ...link })),
        addLinkedEntity: (link) => {
          this.calls.addLinkedEntity.push({ ...link });
          this.links.push({ ...link });
        },
      };
    }
    this.applyQuery();
    this.pageNumber = options.loadedPages ?? 1;
    this.loaded = Math.min(this.view.length, this.pageNumber * this.paging.pageSize);
    this.loadedIds = this.view.slice(0, this.loaded).map((data) => data.id);
    this.publish();
  }

  private static column(column: { name: string; alias?: string }, order: number) {
    return { ...column, displayName: column.alias ?? column.name, dataType: "SingleLine.Text", order, visualSizeFactor: 1 };
  }

  private loadedIds: string[] = [];

  refresh(): void {
    this.calls.refresh += 1;
    this.fetch(() => {
      // Columns added since the last fetch join the column set now.
      if (this.pendingColumns.length > 0) {
        this.columns = [
          ...this.columns,
          ...this.pendingColumns.map((name, index) => FakeDataset.column({ name }, this.columns.length + index)),
        ];
        this.pendingColumns = [];
        this.fetchedColumns = new Set(this.columns.map((column) => column.name));
      }
      this.applyQuery();
      this.pageNumber = 1;
      this.loaded = Math.min(this.view.length, this.paging.pageSize);
      this.loadedIds = this.view.slice(0, this.loaded).map((data) => data.id);
    });
  }

  getSelectedRecordIds(): string[] {
    return [...this.selected];
  }
  setSelectedRecordIds(ids: string[]): void {
    this.calls.setSelectedRecordIds.push([...ids]);
    this.selected = [...ids];
  }
  clearSelectedRecordIds(): void {
    this.selected = [];
  }
  openDatasetItem(reference: unknown): void {
    this.calls.openDatasetItem.push(reference);
  }
  getTargetEntityType(): string {
    return socialprofile.logicalName;
  }
  getTitle(): string {
    return "Social profiles";
  }
  getViewId(): string {
    return "00000000-0000-0000-0000-000000000001";
  }

  /** Completes the fetch in flight (manual mode). */
  settle(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.();
  }

  get inFlight(): boolean {
    return this.pending !== undefined;
  }

  /** Replaces one source record's values (as another user's save would) without a fetch. */
  setSourceValues(id: string, values: Record<string, unknown>): void {
    const record = this.source.find((candidate) => candidate.id === id);
    if (record) Object.assign(record.values, values);
  }

  private fetch(apply: () => void): void {
    if (this.pending) this.calls.overlapping += 1;
    this.loading = true;
    this.onChange();
    this.pending = () => {
      this.loading = false;
      if (this.failNextFetch !== undefined) {
        this.error = true;
        this.errorMessage = this.failNextFetch;
        this.failNextFetch = undefined;
      } else {
        try {
          apply();
          this.error = false;
          this.errorMessage = "";
          this.publish();
        } catch (refused) {
          // The server refusing the query (an alias never linked) is a failed fetch, as above.
          this.error = true;
          this.errorMessage = refused instanceof Error ? refused.message : String(refused);
        }
      }
      this.onChange();
    };
    if (!this.options.manual) queueMicrotask(() => this.settle());
  }

  private applyQuery(): void {
    const linked: LinkedRow = (record, alias) => {
      const link = this.links.find((candidate) => candidate.alias === alias);
      if (!link) throw new Error(`fake dataset: no linked entity with alias ${alias}`);
      const key = comparable(record.values[link.to]);
      const row = Object.values(this.options.linkedTables?.[link.name] ?? {}).find((candidate) => comparable(candidate[link.from]) === key);
      return row ?? null;
    };
    let source = this.source;
    // An inner link drops rows without a related row; an outer one keeps them.
    for (const link of this.links.filter((candidate) => candidate.linkType === "inner"))
      source = source.filter((record) => linked(record, link.alias) !== null);
    const filtered = this.filter ? source.filter((record) => matches(record, this.filter!, linked)) : [...source];
    const sorts = this.sorting.filter((sort) => sort.sortDirection !== -1);
    if (sorts.length > 0) {
      filtered.sort((a, b) => {
        for (const sort of sorts) {
          const order = compare(a.values[sort.name], b.values[sort.name]);
          if (order !== 0) return sort.sortDirection === 1 ? -order : order;
        }
        return 0;
      });
    }
    this.view = filtered;
  }

  private publish(): void {
    const byId = new Map(this.view.map((data) => [data.id, data]));
    const visible = this.loadedIds.map((id) => byId.get(id)).filter((data): data is FakeRecordData => data !== undefined);
    const records: Record<string, FakeEntityRecord> = {};
    const sameColumns = this.publishedColumns === this.fetchedColumns;
    for (const data of visible) {
      records[data.id] =
        (!this.options.recreateRecords && sameColumns && this.records[data.id]) || new FakeEntityRecord(data, this.fetchedColumns);
    }
    this.publishedColumns = this.fetchedColumns;
    this.records = records;
    this.sortedRecordIds = visible.map((data) => data.id);
    const total = this.options.total ?? "exact";
    this.paging.totalResultCount = total === "exact" ? this.view.length : total === "unknown" ? -1 : Math.min(this.view.length, total.cap);
    this.paging.hasNextPage = this.loaded < this.view.length;
  }

  private publishedColumns: ReadonlySet<string> | undefined;
}

const FIRST = [
  "Amina",
  "Björn",
  "Chloé",
  "Daichi",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Inès",
  "Jonas",
  "Kemal",
  "Lena",
  "Mateo",
  "Noor",
  "Olga",
  "Priya",
];
const LAST = [
  "Haddad",
  "Lindqvist",
  "Moreau",
  "Sato",
  "Rossi",
  "Khan",
  "Okafor",
  "Tanaka",
  "Dubois",
  "Weber",
  "Yilmaz",
  "Novak",
  "García",
  "Aziz",
  "Ivanova",
  "Patel",
];

/** Deterministic socialprofile rows (values by logical name) for tests and the benchmark. */
export function makeProfiles(count: number, start = 0): FakeRecordData[] {
  const c = socialprofile.columns;
  const communities = c.community.choices!.map((choice) => choice.value);
  return Array.from({ length: count }, (_, offset) => {
    const i = start + offset;
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const handle = `${first.toLowerCase()}.${last.toLowerCase()}${i}`;
    const community = communities[i % communities.length];
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      values: {
        [c.profilename.logicalName]: handle,
        [c.profilefullname.logicalName]: `${first} ${last}`,
        [c.community.logicalName]: community,
        [c.msdyn_ocfollowercount.logicalName]: (i * 7919) % 2_000_000,
        [c.msdyn_ocfollowingcount.logicalName]: i % 5 === 0 ? null : (i * 104729) % 5000,
        [c.msdyn_ocfriendcount.logicalName]: (i * 31) % 900,
        [c.influencescore.logicalName]: (i % 100) + 0.5,
        [c.msdyn_customeroptout.logicalName]: i % 7 === 0,
        [c.msdyn_phonenumber.logicalName]: i % 3 === 0 ? `+1425555${String(i % 10000).padStart(4, "0")}` : null,
        [c.msdyn_profileimagelink.logicalName]: null,
        [c.profilelink.logicalName]: `https://social.example.com/${handle}`,
        [c.msdyn_octwitterhandleid.logicalName]: null,
        [c.msdyn_wechatopenid.logicalName]: null,
        [c.msdyn_sourceid.logicalName]: null,
        [c.blocked.logicalName]: i % 23 === 0,
        [c.statecode.logicalName]: i % 17 === 0 ? 1 : 0,
      },
      formatted: { [c.community.logicalName]: c.community.choices!.find((choice) => choice.value === community)!.label },
    };
  });
}

export interface FakeContextOptions {
  dataset: FakeDataset;
  getString: (key: string) => string;
  allocatedWidth?: number;
  allocatedHeight?: number;
  scrollHeight?: number | null;
  pageSize?: number | null;
  cardLayout?: "compact" | "full";
  allowOptOutUpdates?: boolean;
  languageId?: number;
  isRtl?: boolean;
  webAPI?: unknown;
  /** `mode.isControlDisabled` (a read-only form or subgrid). */
  controlDisabled?: boolean;
  /** What `utils.hasEntityPrivilege` answers (true by default, as pcf-start's harness does). */
  canWrite?: boolean;
  /** `userSettings.userId` (pcf-start and model-driven hosts give one). */
  userId?: string;
  /** The user's separators (Personalization settings → Formats); default: pcf-start's en-US "," and "." (numberFormatting.ts). */
  separators?: Separators;
  /** What `utils.getEntityMetadata` resolves with; undefined: it rejects, as pcf-start's "This method is not supported!". */
  entityMetadata?: unknown;
  /** `resources.getResource` (simulator/pcfHost/resourceFake.ts); default: as pcf-start answers (no content: neutral icons). Drawn marks: `fileGetResource()`. */
  getResource?: GetResource;
}

/** A context carrying what the gallery reads; `requestRender` calls `onRequestRender`. */
export function makeGalleryContext(options: FakeContextOptions, onRequestRender: () => void) {
  const numbers = hostNumberFormatting(options.separators);
  const context = {
    parameters: {
      profiles: options.dataset,
      scrollHeight: { raw: options.scrollHeight ?? 520 },
      pageSize: { raw: options.pageSize ?? options.dataset.paging.pageSize },
      cardLayout: { raw: options.cardLayout ?? "compact" },
      allowOptOutUpdates: { raw: options.allowOptOutUpdates ? "yes" : "no" },
    },
    mode: {
      allocatedWidth: options.allocatedWidth ?? 900,
      allocatedHeight: options.allocatedHeight ?? -1,
      isControlDisabled: options.controlDisabled ?? false,
      isVisible: true,
      label: "Social profiles",
      trackContainerResize: (value: boolean) => {
        context.tracked = value;
      },
    },
    tracked: false,
    resources: { getString: options.getString, getResource: options.getResource ?? fakeGetResource({ mode: "pcf-start" }) },
    userSettings: {
      languageId: options.languageId ?? 1033,
      isRTL: options.isRtl ?? false,
      userId: options.userId,
      // The user's format is independent of the UI language (numberFormatting.ts names the source).
      numberFormattingInfo: numbers.numberFormattingInfo,
    },
    formatting: numbers.formatting,
    factory: { requestRender: onRequestRender },
    utils: {
      hasEntityPrivilege: () => options.canWrite ?? true,
      getEntityMetadata: () =>
        options.entityMetadata === undefined
          ? Promise.reject(new Error("This method is not supported!"))
          : Promise.resolve(options.entityMetadata),
    },
    webAPI: options.webAPI,
    fluentDesignLanguage: undefined,
    updatedProperties: [] as string[],
  };
  return context;
}
