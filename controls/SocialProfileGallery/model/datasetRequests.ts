import { ColumnMap } from "./columns";
import { filterFor, FilterLike, GalleryQuery, sameQuery, SortStatusLike, sortingFor } from "./query";

/** The slice of ComponentFramework's DataSet that paging, sorting and filtering use. */
export interface DatasetQueryLike {
  loading: boolean;
  error: boolean;
  sortedRecordIds: string[];
  sorting: SortStatusLike[];
  filtering: { setFilter(expression: FilterLike): void; clearFilter(): void };
  paging: { hasNextPage: boolean; pageSize: number; totalResultCount: number; setPageSize(size: number): void; loadNextPage(): void };
  refresh(): void;
}

interface InFlight {
  kind: "page" | "query";
  ids: readonly string[];
  count: number;
  hasNextPage: boolean;
  sawLoading: boolean;
}

/**
 * Every call that makes the host fetch (loadNextPage, refresh) goes through here, one at a time:
 * a call is in flight until an updateView brings its data (or an error), and nothing else is
 * sent meanwhile. A query asked for during a fetch waits and is sent once, latest wins; a page
 * asked for during a fetch is dropped (the scroll position asks again).
 * `schedule` runs deferred work outside updateView (setTimeout in the host).
 */
export class DatasetRequests {
  private inFlight: InFlight | undefined;
  private queued: GalleryQuery | undefined;
  private applied: GalleryQuery | undefined;
  private pageSizeSet = false;
  private viewSorting: SortStatusLike[] | undefined;

  constructor(private readonly schedule: (work: () => void) => void) {}

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Call at the start of every updateView: notes the view's own sorting, retires a finished fetch and sends a waiting query. */
  observe(dataset: DatasetQueryLike, columns: ColumnMap): void {
    this.viewSorting ??= dataset.sorting.map((sort) => ({ ...sort }));
    const flight = this.inFlight;
    if (!flight) return;
    if (dataset.loading) {
      flight.sawLoading = true;
      return;
    }
    const ids = dataset.sortedRecordIds;
    const arrived =
      dataset.error ||
      flight.sawLoading ||
      ids.length !== flight.count ||
      dataset.paging.hasNextPage !== flight.hasNextPage ||
      (flight.kind === "query" && ids !== flight.ids);
    if (!arrived) return;
    this.inFlight = undefined;
    if (this.queued) {
      // Sent after updateView returns (refresh() inside updateView would re-enter it). The query
      // stays queued until then, so a page asked for meanwhile cannot jump ahead of it.
      this.schedule(() => {
        const waiting = this.queued;
        this.queued = undefined;
        if (waiting) this.query(dataset, columns, waiting);
      });
    }
  }

  /** The page size is set once; later changes of the property would reset the host's paging. */
  setPageSizeOnce(dataset: DatasetQueryLike, size: number | null | undefined): void {
    if (this.pageSizeSet || size == null || !Number.isInteger(size) || size < 1) return;
    this.pageSizeSet = true;
    if (dataset.paging.pageSize !== size) dataset.paging.setPageSize(size);
  }

  /** Asks for the next page; false when one cannot or need not be asked for now. */
  loadNextPage(dataset: DatasetQueryLike): boolean {
    if (this.inFlight || this.queued || dataset.loading || !dataset.paging.hasNextPage) return false;
    this.start("page", dataset);
    dataset.paging.loadNextPage();
    return true;
  }

  /** Applies sort and filter through the dataset and refreshes; waits if a fetch is in flight. */
  query(dataset: DatasetQueryLike, columns: ColumnMap, query: GalleryQuery): "sent" | "queued" | "unchanged" {
    if (this.inFlight) {
      this.queued = query;
      return "queued";
    }
    if (sameQuery(query, this.applied ?? { sort: "view", community: null, search: "" })) return "unchanged";
    const sorting = sortingFor(query.sort, columns, this.viewSorting ?? []);
    if (sorting) dataset.sorting.splice(0, dataset.sorting.length, ...sorting);
    const filter = filterFor(query, columns);
    if (filter) dataset.filtering.setFilter(filter);
    else dataset.filtering.clearFilter();
    this.applied = query;
    this.start("query", dataset);
    dataset.refresh();
    return "sent";
  }

  private start(kind: InFlight["kind"], dataset: DatasetQueryLike): void {
    this.inFlight = {
      kind,
      ids: dataset.sortedRecordIds,
      count: dataset.sortedRecordIds.length,
      hasNextPage: dataset.paging.hasNextPage,
      sawLoading: false,
    };
  }
}
