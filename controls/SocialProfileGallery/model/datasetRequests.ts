import { columnName, ColumnLike, ColumnMap, missingColumns } from "./columns";
import { sameValues } from "../../common/sameValues";
import type { OwnerLink } from "../../common/ownership/ownerFilter";
import { filterFor, FilterLike, GalleryQuery, INITIAL_QUERY, linkFor, SortStatusLike, sortingFor, Viewer } from "./query";

/**
 * The slice of ComponentFramework's DataSet that paging, sorting and filtering use. Every field
 * is optional: hosts differ (Microsoft's pcf-start harness hands `sorting: undefined` and a
 * paging object without `pageSize`; `addColumn` is optional in the typings and model-driven
 * only), and a field that is missing means "not loaded yet", never a crash.
 */
export interface DatasetQueryLike {
  loading?: boolean;
  error?: boolean;
  sortedRecordIds?: string[];
  sorting?: SortStatusLike[];
  filtering?: { setFilter?(expression: FilterLike): void; clearFilter?(): void };
  /** PCF Linking (model-driven apps; pcf-start stores links and never queries): there is no call to remove a link. */
  linking?: { getLinkedEntities?(): OwnerLink[] | undefined; addLinkedEntity?(expression: OwnerLink): void };
  paging?: {
    hasNextPage?: boolean;
    pageSize?: number;
    totalResultCount?: number;
    setPageSize?(size: number): void;
    loadNextPage?(): void;
  };
  refresh?(): void;
  addColumn?(name: string, entityAlias?: string): void;
  columns?: ColumnLike[];
}

const NO_IDS: string[] = [];
export const recordIdsOf = (dataset: DatasetQueryLike): string[] =>
  Array.isArray(dataset.sortedRecordIds) ? dataset.sortedRecordIds : NO_IDS;
const hasNextPage = (dataset: DatasetQueryLike): boolean => dataset.paging?.hasNextPage === true;

type FetchKind = "page" | "query" | "setup";

interface InFlight {
  kind: FetchKind;
  ids: readonly string[];
  count: number;
  hasNextPage: boolean;
  sawLoading: boolean;
  /** The query a "query" fetch sends: its rows are on screen once it arrives. */
  query?: GalleryQuery;
}

/**
 * Every call that makes the host fetch (loadNextPage, refresh) goes through here, one at a time:
 * a call is in flight until an updateView brings its data (or an error), and nothing else is
 * sent meanwhile — Try again included. A query asked for during a fetch waits and is sent once,
 * latest wins; a page asked for during a fetch is dropped (the scroll position asks again).
 *
 * Setup: the host has loaded page 1 at the subgrid's row count before the control's first
 * updateView. `setPageSize` only applies "on the next data refresh" (PCF paging reference), so
 * the page size and the columns the card needs (`addColumn`) are applied once, followed by one
 * `refresh()`, and the first page is shown only when that refresh has arrived.
 * `schedule` runs deferred work outside updateView (setTimeout in the host): `refresh()` inside
 * updateView would re-enter it.
 */
export class DatasetRequests {
  private inFlight: InFlight | undefined;
  private queued: GalleryQuery | undefined;
  private applied: GalleryQuery | undefined;
  private shown: GalleryQuery = INITIAL_QUERY;
  private setupDone = false;
  private viewSorting: SortStatusLike[] | undefined;
  private nextPageFailed = false;
  /** The signed-in user for the owner filter; undefined while the filter is unavailable. */
  viewer: Viewer | undefined;

  constructor(private readonly schedule: (work: () => void) => void) {}

  /** True until the setup refresh (page size, added columns) has brought the first page. */
  get awaitingFirstPage(): boolean {
    return !this.setupDone || this.inFlight?.kind === "setup";
  }

  /** The query whose rows the dataset holds now (the applied one once its fetch has arrived). */
  get shownQuery(): GalleryQuery {
    return this.shown;
  }

  /** The last "next page" failed: the loaded cards stay, and Try again asks for that page only. */
  get pageFailed(): boolean {
    return this.nextPageFailed;
  }

  /** Call at the start of every updateView: notes the view's own sorting, retires a finished fetch and sends a waiting query. */
  observe(dataset: DatasetQueryLike, columns: ColumnMap): void {
    // `sorting` is absent until the host has loaded (pcf-start: undefined): read the view's order once it is there.
    if (this.viewSorting === undefined && !dataset.loading && Array.isArray(dataset.sorting)) {
      this.viewSorting = dataset.sorting.map((sort) => ({ ...sort }));
    }
    const flight = this.inFlight;
    if (!flight) return;
    if (dataset.loading) {
      flight.sawLoading = true;
      return;
    }
    const ids = recordIdsOf(dataset);
    const arrived =
      dataset.error === true ||
      flight.sawLoading ||
      ids.length !== flight.count ||
      hasNextPage(dataset) !== flight.hasNextPage ||
      (flight.kind !== "page" && ids !== flight.ids);
    if (!arrived) return;
    this.inFlight = undefined;
    if (flight.query && dataset.error !== true) this.shown = flight.query;
    this.nextPageFailed = flight.kind === "page" && dataset.error === true;
    if (this.queued) {
      // The query stays queued until it is sent, so a page asked for meanwhile cannot jump ahead of it.
      this.schedule(() => {
        const waiting = this.queued;
        this.queued = undefined;
        if (waiting) this.query(dataset, columns, waiting);
      });
    }
  }

  /**
   * Once, on the first updateView whose dataset has loaded: sets the maker's page size, asks
   * for the card's missing columns (and `extraColumns`, e.g. the owner for the badge), and sends one refresh when either can change what is shown.
   * A host whose rows are all loaded (no next page) gains nothing from a new page size: no
   * refresh then (pcf-start's refresh only logs, and nothing would ever arrive).
   */
  setUp(dataset: DatasetQueryLike, columns: ColumnMap, pageSize: number | null | undefined, extraColumns: readonly string[] = []): void {
    if (this.setupDone || dataset.loading) return;
    this.setupDone = true;
    const paging = dataset.paging;
    const wanted = pageSize != null && Number.isInteger(pageSize) && pageSize >= 1 ? pageSize : undefined;
    let resize = false;
    if (wanted !== undefined && paging?.setPageSize && paging.pageSize !== wanted) {
      paging.setPageSize(wanted);
      resize = hasNextPage(dataset) || recordIdsOf(dataset).length > wanted;
    }
    const given = new Set((Array.isArray(dataset.columns) ? dataset.columns : []).map((column) => columnName(column)?.toLowerCase()));
    const missing =
      typeof dataset.addColumn === "function"
        ? [...missingColumns(dataset.columns, columns), ...extraColumns.filter((name) => !given.has(name))]
        : [];
    // Added columns carry values only after the next refresh (PCF dataset refresh reference:
    // "Refreshes the dataset based on filters, sorting, linking, new column").
    for (const name of missing) dataset.addColumn!(name);
    if ((!resize && missing.length === 0) || typeof dataset.refresh !== "function") return;
    // Only a new page size hides the loaded page (its size is wrong); added columns only fill in values.
    this.start(resize ? "setup" : "query", dataset);
    this.schedule(() => dataset.refresh!());
  }

  /** Asks for the next page; false when one cannot or need not be asked for now. */
  loadNextPage(dataset: DatasetQueryLike): boolean {
    if (this.queued || dataset.loading || !hasNextPage(dataset)) return false;
    return this.requestPage(dataset);
  }

  /** Try again after an error: the failed page only, or the whole query when the first load failed. False while a fetch is in flight. */
  retry(dataset: DatasetQueryLike): boolean {
    if (this.inFlight) return false;
    if (this.nextPageFailed) return this.requestPage(dataset);
    if (typeof dataset.refresh !== "function") return false;
    this.start("query", dataset);
    dataset.refresh();
    return true;
  }

  /** Applies sort and filter through the dataset and refreshes; waits if a fetch is in flight. */
  query(dataset: DatasetQueryLike, columns: ColumnMap, query: GalleryQuery): "sent" | "queued" | "unchanged" {
    if (this.inFlight) {
      this.queued = query;
      return "queued";
    }
    if (sameValues(query, this.applied ?? INITIAL_QUERY)) return "unchanged";
    const sorting = sortingFor(query.sort, columns, this.viewSorting ?? []);
    if (sorting && Array.isArray(dataset.sorting)) dataset.sorting.splice(0, dataset.sorting.length, ...sorting);
    const link = linkFor(query, this.viewer);
    if (link && !(dataset.linking?.getLinkedEntities?.() ?? []).some((linked) => linked.alias === link.alias)) {
      dataset.linking?.addLinkedEntity?.({ ...link });
    }
    const filter = filterFor(query, columns, this.viewer);
    if (filter) dataset.filtering?.setFilter?.(filter);
    else dataset.filtering?.clearFilter?.();
    this.applied = query;
    this.nextPageFailed = false;
    if (typeof dataset.refresh !== "function") {
      this.shown = query;
      return "sent";
    }
    this.start("query", dataset, query);
    dataset.refresh();
    return "sent";
  }

  /** Sends loadNextPage unless a fetch is in flight or the host has no paging. */
  private requestPage(dataset: DatasetQueryLike): boolean {
    if (this.inFlight || !dataset.paging?.loadNextPage) return false;
    this.nextPageFailed = false;
    this.start("page", dataset);
    dataset.paging.loadNextPage();
    return true;
  }

  private start(kind: FetchKind, dataset: DatasetQueryLike, query?: GalleryQuery): void {
    const ids = recordIdsOf(dataset);
    this.inFlight = { kind, ids, count: ids.length, hasNextPage: hasNextPage(dataset), sawLoading: false, query };
  }
}
