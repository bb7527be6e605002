/**
 * A fake PCF dataset and context for dataset controls, usable in jsdom tests and in the browser
 * benchmark (no jest, no Node APIs). It behaves like the model-driven host where that matters:
 * fetches are asynchronous (loading → data), loadNextPage appends, refresh re-queries with the
 * current sorting and filter and resets to page 1, totalResultCount may be -1 or capped, and
 * every call is recorded, including a second fetch sent while one is in flight.
 */
import { socialprofile } from "../../plugins-shim/schema/socialprofile";

export interface FakeRecordData {
  id: string;
  /** Raw values by column logical name. */
  values: Record<string, unknown>;
  /** Formatted values by column logical name (defaults to String(value)). */
  formatted?: Record<string, string>;
}

export interface FakeFilter {
  filterOperator: 0 | 1;
  conditions: { attributeName: string; conditionOperator: number; value: string | string[] }[];
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
  /** Column mapping (property-set alias → logical name); defaults to every property-set mapped. */
  columns?: { name: string; alias: string }[];
  /** New record objects on every fetch (as some hosts do), instead of keeping loaded ones. */
  recreateRecords?: boolean;
  /** When true, fetches complete only when `settle()` is called; otherwise on a microtask. */
  manual?: boolean;
  /** The view's own sorting. */
  viewSorting?: FakeSort[];
}

/** Property-set alias → socialprofile column, as a maker would map them (names from the schema). */
export const DEFAULT_COLUMNS: { name: string; alias: string }[] = (
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

export class FakeEntityRecord {
  constructor(private readonly data: FakeRecordData) {}
  getRecordId(): string {
    return this.data.id;
  }
  getValue(column: string): unknown {
    return this.data.values[column] ?? null;
  }
  getFormattedValue(column: string): string {
    const formatted = this.data.formatted?.[column];
    if (formatted !== undefined) return formatted;
    const value = this.data.values[column];
    return value == null ? "" : String(value);
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

function matches(record: FakeRecordData, filter: FakeFilter): boolean {
  const results = [
    ...filter.conditions.map((condition) => {
      const value = record.values[condition.attributeName];
      const expected = Array.isArray(condition.value) ? condition.value[0] : condition.value;
      if (condition.conditionOperator === 0) return value != null && String(value) === expected;
      if (condition.conditionOperator === 6) return value != null && likeToRegExp(expected).test(String(value));
      throw new Error(`fake dataset: condition operator ${condition.conditionOperator} not supported`);
    }),
    ...(filter.filters ?? []).map((child) => matches(record, child)),
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
  loadNextPage: number;
  refresh: number;
  setFilter: FakeFilter[];
  clearFilter: number;
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
  columns: { name: string; alias: string; displayName: string; dataType: string; order: number; visualSizeFactor: number }[];
  readonly calls: DatasetCalls = {
    setPageSize: [],
    loadNextPage: 0,
    refresh: 0,
    setFilter: [],
    clearFilter: 0,
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
  readonly filtering: { getFilter: () => FakeFilter | undefined; setFilter: (filter: FakeFilter) => void; clearFilter: () => void };

  constructor(options: FakeDatasetOptions) {
    this.options = options;
    this.source = options.records;
    this.view = [...this.source];
    this.sorting = (options.viewSorting ?? []).map((sort) => ({ ...sort }));
    this.columns = (options.columns ?? DEFAULT_COLUMNS).map((column, order) => ({
      ...column,
      displayName: column.alias,
      dataType: "SingleLine.Text",
      order,
      visualSizeFactor: 1,
    }));
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
          this.loaded = Math.min(this.view.length, this.loaded + this.paging.pageSize);
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
    this.applyQuery();
    this.loaded = Math.min(this.view.length, (options.loadedPages ?? 1) * this.paging.pageSize);
    this.publish();
  }

  refresh(): void {
    this.calls.refresh += 1;
    this.fetch(() => {
      this.applyQuery();
      this.loaded = Math.min(this.view.length, this.paging.pageSize);
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
        this.error = false;
        this.errorMessage = "";
        apply();
        this.publish();
      }
      this.onChange();
    };
    if (!this.options.manual) queueMicrotask(() => this.settle());
  }

  private applyQuery(): void {
    const filtered = this.filter ? this.source.filter((record) => matches(record, this.filter!)) : [...this.source];
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
    const visible = this.view.slice(0, this.loaded);
    const records: Record<string, FakeEntityRecord> = {};
    for (const data of visible) {
      records[data.id] = (!this.options.recreateRecords && this.records[data.id]) || new FakeEntityRecord(data);
    }
    this.records = records;
    this.sortedRecordIds = visible.map((data) => data.id);
    const total = this.options.total ?? "exact";
    this.paging.totalResultCount = total === "exact" ? this.view.length : total === "unknown" ? -1 : Math.min(this.view.length, total.cap);
    this.paging.hasNextPage = this.loaded < this.view.length;
  }
}

const FIRST = ["Amina", "Björn", "Chloé", "Daichi", "Elena", "Farid", "Grace", "Hiro", "Inès", "Jonas", "Kemal", "Lena", "Mateo", "Noor", "Olga", "Priya"];
const LAST = ["Haddad", "Lindqvist", "Moreau", "Sato", "Rossi", "Khan", "Okafor", "Tanaka", "Dubois", "Weber", "Yilmaz", "Novak", "García", "Aziz", "Ivanova", "Patel"];

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
}

/** A context carrying what the gallery reads; `requestRender` calls `onRequestRender`. */
export function makeGalleryContext(options: FakeContextOptions, onRequestRender: () => void) {
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
      isControlDisabled: false,
      isVisible: true,
      label: "Social profiles",
      trackContainerResize: (value: boolean) => {
        context.tracked = value;
      },
    },
    tracked: false,
    resources: { getString: options.getString },
    userSettings: { languageId: options.languageId ?? 1033, isRTL: options.isRtl ?? false },
    factory: { requestRender: onRequestRender },
    webAPI: options.webAPI,
    fluentDesignLanguage: undefined,
    updatedProperties: [] as string[],
  };
  return context;
}
