import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import type { DataverseClient } from "../../../plugins-shim/client/DataverseClient";
import { isRealGuid } from "../../../plugins-shim/rules/guid";
import { ALL_COUNTS, layoutFor } from "../../common/countOptions";
import type { HostNumberFormat } from "../../common/formatCount";
import { directionOf, localeFromLcid } from "../../common/locale";
import { formatMessage } from "../../common/schemaImports";
import { ColumnLike, ColumnMap, mapColumns } from "../model/columns";
import { CommunityOption, communityOptions } from "../model/communityOptions";
import { DatasetQueryLike, DatasetRequests, recordIdsOf } from "../model/datasetRequests";
import { galleryOptOutLock } from "../model/optOutAccess";
import { OptOutFailure, OptOutUpdates } from "../model/optOutUpdates";
import { availableSorts, GalleryQuery, INITIAL_QUERY, searchColumns, SortChoice, Viewer } from "../model/query";
import { OWNER_COLUMN, ownerColumnOf } from "../model/rowOwner";
import { OWNER_FILTER_CHOICES, type OwnerFilterChoice } from "../../common/ownership/ownerFilter";
import type { RecordLike } from "../model/readProfile";
import { GalleryRow, RowCache } from "../model/rowCache";
import { sameValues } from "../../common/sameValues";
import { totalCount } from "../model/totalCount";
import { GalleryView } from "../view/GalleryView";
import type { OptOutLock } from "../../common/optOutLock";
import type {
  GalleryActions,
  GalleryNotice,
  GalleryOwnership,
  GalleryViewProps,
  LiveValue,
  OptOutFeedback,
} from "../view/GalleryViewProps";

/**
 * The dataset as the controller uses it (ComponentFramework's DataSet fits it structurally).
 * Optional throughout: a field a host has not filled (yet) means "not loaded", never a crash.
 */
export interface GalleryDataset extends DatasetQueryLike {
  errorMessage?: string;
  columns?: ColumnLike[];
  records?: Record<string, RecordLike & { getNamedReference?(): unknown }>;
  getSelectedRecordIds?(): string[] | undefined;
  setSelectedRecordIds?(ids: string[]): void;
  openDatasetItem?(reference: never): void;
  getTargetEntityType?(): string;
}

const NO_RECORDS: Readonly<Record<string, RecordLike>> = {};
const NO_SELECTION: readonly string[] = [];

/** What index.ts reads from the context on each updateView. */
export interface HostSnapshot {
  dataset: GalleryDataset;
  allocatedWidth: number;
  allocatedHeight: number;
  scrollHeight: number | null;
  pageSize: number | null;
  cardLayout: string | null;
  allowOptOutUpdates: boolean;
  /** `mode.isControlDisabled`: the form or subgrid is read-only. */
  formDisabled: boolean;
  /** `utils.hasEntityPrivilege("socialprofile", Write, Basic)` (true when the host cannot tell). */
  canWrite: boolean;
  /** `userSettings.userId` (the owner filter and badge); undefined when the host gives none. */
  userId: string | undefined;
  languageId: number | undefined;
  /** The user's number format (HostNumberFormatCache: the same object while it is unchanged). */
  numberFormat: HostNumberFormat;
  isRtl: boolean | undefined;
  theme: Theme | undefined;
}

export interface HostServices {
  getString(key: string): string;
  /** Asks the host for another updateView (context.factory.requestRender). */
  requestRender(): void;
  /** Runs work after the current updateView has returned. */
  schedule(work: () => void): void;
  /** The Web API client, present when the control may write (in-place opt-out). */
  client: DataverseClient | undefined;
  /** The org's community options (utils.getEntityMetadata); undefined or a rejection means "use our catalog". */
  loadCommunityOptions?(): Promise<CommunityOption[] | undefined>;
  /** The user's team ids, read once (no documented context API gives them); a rejection hides "My teams'". */
  loadTeamIds?(): Promise<string[]>;
}

export const DEFAULT_SCROLL_HEIGHT = 520;
const MIN_SCROLL_HEIGHT = 160;
const MAX_SCROLL_HEIGHT = 4000;

export const scrollHeightFor = (value: number | null): number =>
  value == null || !Number.isFinite(value)
    ? DEFAULT_SCROLL_HEIGHT
    : Math.min(Math.max(Math.round(value), MIN_SCROLL_HEIGHT), MAX_SCROLL_HEIGHT);

/**
 * A real user's id, or undefined. Microsoft's pcf-start harness hands the nil GUID
 * ("{00000000-0000-0000-0000-000000000000}", read from its harness.js): no Dataverse user has it,
 * so there is no one to compare owners with and neither the badge nor the owner filter shows.
 */
const knownUser = (userId: string | undefined): string | undefined => (isRealGuid(userId) ? userId : undefined);

/**
 * The owner filter needs the dataset's `filtering.setFilter` and `linking.addLinkedEntity` (PCF
 * linking: model-driven apps; canvas hosts lack it) and a known user (pcf-start has both
 * functions but only the nil user id, and its refresh only logs).
 */
const ownerFilterAvailable = (dataset: GalleryDataset, userId: string | undefined): boolean =>
  typeof dataset.filtering?.setFilter === "function" &&
  typeof dataset.linking?.addLinkedEntity === "function" &&
  knownUser(userId) !== undefined;

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Everything between the PCF context and the pure view: the row cache, one-at-a-time dataset
 * requests, the agent's query, in-place opt-out saves, and the props memo. `update` returns
 * the previous element when nothing the view shows has changed, so React does no work.
 */
export class GalleryController {
  private readonly rows = new RowCache();
  private readonly requests: DatasetRequests;
  private readonly optOut: OptOutUpdates | undefined;
  private readonly patched = new Map<string, { base: GalleryRow; row: GalleryRow }>();
  private patchedRows: readonly GalleryRow[] = [];
  private query: GalleryQuery = INITIAL_QUERY;
  private columns: ColumnMap = {};
  private sorts: readonly SortChoice[] = [];
  private dataset: GalleryDataset | undefined;
  private props: GalleryViewProps | undefined;
  private element: React.ReactElement | undefined;
  private feedback: OptOutFeedback = NO_FEEDBACK;
  private readonly feedbackListeners = new Set<() => void>();
  /** The opt-out saves' outcome for the view, which watches it (see LiveValue). */
  private readonly optOutFeedback: LiveValue<OptOutFeedback> = {
    get: () => this.feedback,
    subscribe: (listener) => {
      this.feedbackListeners.add(listener);
      return () => this.feedbackListeners.delete(listener);
    },
  };
  private orgCommunities: CommunityOption[] | undefined;
  /** undefined: not read (yet) or unreadable, so "My teams'" is not offered and the badge knows no teams. */
  private teamIds: string[] | undefined;
  private teamsAsked = false;
  private ownership: GalleryOwnership | undefined;
  private ownerChoices: readonly OwnerFilterChoice[] = NO_CHOICES;
  private communities: { from: CommunityOption[] | undefined; getString: unknown; options: readonly CommunityOption[] } | undefined;
  readonly actions: GalleryActions;

  constructor(private readonly host: HostServices) {
    this.requests = new DatasetRequests(host.schedule);
    this.optOut = host.client
      ? new OptOutUpdates(host.client, () => {
          // The view learns a refusal at once (its card reverts, the message says why); the
          // updateView asked for next brings a saved value into the rows.
          this.publishFeedback();
          host.requestRender();
        })
      : undefined;
    this.actions = {
      loadMore: () => {
        if (this.dataset && this.requests.loadNextPage(this.dataset)) host.requestRender();
      },
      changeQuery: (query) => {
        const narrowed = query.community !== this.query.community || query.search !== this.query.search || query.owner !== this.query.owner;
        this.query = query;
        // A selection the new filter may hide would let commands act on records the agent cannot see.
        if (narrowed && (this.dataset?.getSelectedRecordIds?.() ?? []).length > 0) this.dataset?.setSelectedRecordIds?.([]);
        if (this.dataset) this.requests.query(this.dataset, this.columns, query);
        host.requestRender();
      },
      select: (ids) => {
        this.dataset?.setSelectedRecordIds?.(ids);
        host.requestRender();
      },
      open: (id) => {
        const record = this.dataset?.records?.[id];
        if (record?.getNamedReference && this.dataset?.openDatasetItem) this.dataset.openDatasetItem(record.getNamedReference() as never);
      },
      setOptOut: (id, optedOut) => {
        const dataset = this.dataset;
        const column = this.columns.optOut;
        if (!this.optOut || !dataset || !column || this.props?.optOutLock !== null) return;
        if (this.optOut.denied.has(id)) return;
        void this.optOut.set(dataset.getTargetEntityType?.() ?? "socialprofile", column, id, optedOut);
      },
      retry: () => {
        // One paging call at a time: a second click while the first retry is in flight does nothing.
        if (this.dataset && this.requests.retry(this.dataset)) host.requestRender();
      },
      dismissNotice: () => this.optOut?.dismissFailure(),
    };
    host.loadCommunityOptions?.().then(
      (options) => {
        this.orgCommunities = options && options.length > 0 ? options : undefined;
        host.requestRender();
      },
      // No metadata (offline, pcf-start rejects "not supported"): our catalog stays.
      () => undefined,
    );
  }

  update(snapshot: HostSnapshot): React.ReactElement {
    const { dataset } = snapshot;
    this.dataset = dataset;
    const columns = mapColumns(dataset.columns);
    if (!sameValues(columns, this.columns)) {
      this.columns = columns;
      this.sorts = availableSorts(columns);
    }
    const canFilterOwner = ownerFilterAvailable(dataset, snapshot.userId);
    this.requests.observe(dataset, this.columns);
    const viewer = this.viewerOf(snapshot.userId, canFilterOwner);
    this.requests.viewer = canFilterOwner ? viewer : undefined;
    // The badge reads each row's owner: ask for it where the filter can run (model-driven hosts).
    this.requests.setUp(dataset, this.columns, snapshot.pageSize, canFilterOwner ? [OWNER_COLUMN] : []);

    const previous = this.props;
    const pageFailed = this.requests.pageFailed;
    // A failed "next page" keeps every loaded card, whatever the host left in `records`.
    const rows =
      pageFailed && previous && previous.rows.length > 0
        ? previous.rows
        : this.withOverrides(
            this.rows.read(recordIdsOf(dataset), dataset.records ?? NO_RECORDS, this.columns, ownerColumnOf(dataset.columns)),
          );
    const paging = dataset.paging;
    const hasNextPage = paging?.hasNextPage === true;
    const total = totalCount(rows.length, paging?.totalResultCount, hasNextPage);
    const selected = dataset.getSelectedRecordIds?.() ?? NO_SELECTION;
    const fillHeight = snapshot.allocatedHeight > 0;
    const failed = dataset.error === true;
    const awaiting = this.requests.awaitingFirstPage && !failed;
    const next: GalleryViewProps = {
      rows: awaiting ? EMPTY_ROWS : rows,
      status: failed && !pageFailed ? "error" : awaiting || (dataset.loading && rows.length === 0) ? "loading" : "ready",
      errorMessage: failed ? (dataset.errorMessage ?? "") : "",
      pageError: pageFailed && failed,
      loadingMore: dataset.loading === true && rows.length > 0 && !awaiting,
      hasNextPage: hasNextPage && !pageFailed,
      total: previous && sameValues(previous.total, total) ? previous.total : total,
      query: this.query,
      sorts: this.sorts,
      communities: this.communityOptions(),
      canFilterCommunity: this.columns.community !== undefined,
      canSearch: searchColumns(this.columns).length > 0,
      ownerChoices: this.ownerChoices,
      ownership: this.ownership,
      selectedIds: previous && sameIds(previous.selectedIds, selected) ? previous.selectedIds : [...selected],
      width: snapshot.allocatedWidth,
      height: fillHeight ? snapshot.allocatedHeight : scrollHeightFor(snapshot.scrollHeight),
      fillHeight,
      layout: layoutFor(snapshot.cardLayout),
      counts: ALL_COUNTS,
      optOutLock: galleryOptOutLock({
        enabled: snapshot.allowOptOutUpdates,
        canSave: this.optOut !== undefined,
        columnMapped: this.columns.optOut !== undefined,
        formDisabled: snapshot.formDisabled,
        canWrite: snapshot.canWrite,
      }),
      showsOptOut: this.columns.optOut !== undefined,
      optOutFeedback: this.optOutFeedback,
      getString: this.host.getString,
      locale: localeFromLcid(snapshot.languageId),
      numberFormat: snapshot.numberFormat,
      dir: directionOf(snapshot.languageId, snapshot.isRtl),
      theme: snapshot.theme,
      actions: this.actions,
    };
    if (previous && this.element && sameValues(previous, next)) return this.element;
    this.props = next;
    this.element = React.createElement(GalleryView, next);
    return this.element;
  }

  /**
   * The badge's viewer and the owner filter's choices, the same objects while nothing changed.
   * Once the "No active owner" rows have arrived, every row's owner is a disabled user (the
   * filter says so): the one case where the rows tell the owner's state without another read.
   */
  private viewerOf(userId: string | undefined, canFilterOwner: boolean): Viewer | undefined {
    const user = knownUser(userId);
    if (user && !this.teamsAsked) this.readTeams();
    const teamIds = this.teamIds ?? NO_TEAMS;
    const ownerDisabled = this.requests.shownQuery.owner === "noActiveOwner" ? true : undefined;
    const current = this.ownership;
    if (!user) this.ownership = undefined;
    else if (!current || current.userId !== user || current.teamIds !== teamIds || current.ownerDisabled !== ownerDisabled) {
      this.ownership = { userId: user, teamIds, ownerDisabled };
    }
    const choices = canFilterOwner ? OWNER_FILTER_CHOICES.filter((choice) => choice !== "myTeams" || teamIds.length > 0) : [];
    if (choices.join() !== this.ownerChoices.join()) this.ownerChoices = choices.length > 0 ? choices : NO_CHOICES;
    return this.ownership;
  }

  /** Once, when a real user is known (never for pcf-start's nil user). */
  private readTeams(): void {
    this.teamsAsked = true;
    this.host.loadTeamIds?.().then(
      (ids) => {
        this.teamIds = ids;
        this.host.requestRender();
      },
      // Unreadable (no Web API, no privilege on teams): "My teams'" stays hidden.
      () => undefined,
    );
  }

  /** The org's options when metadata was read, else our catalog; the same array while nothing changed. */
  private communityOptions(): readonly CommunityOption[] {
    const { getString } = this.host;
    if (this.communities?.from !== this.orgCommunities || this.communities?.getString !== getString) {
      this.communities = { from: this.orgCommunities, getString, options: communityOptions(this.orgCommunities, getString) };
    }
    return this.communities.options;
  }

  /** Rows whose opt-out this control saved show the saved value until the dataset carries it. */
  private withOverrides(rows: readonly GalleryRow[]): readonly GalleryRow[] {
    if (!this.optOut?.hasOverrides) {
      this.patched.clear();
      return rows;
    }
    let changed = false;
    const result = rows.map((base, index) => {
      const value = this.optOut!.valueFor(base.id, base.profile.optOut);
      let row = base;
      if (value !== base.profile.optOut) {
        const cached = this.patched.get(base.id);
        row =
          cached && cached.base === base && cached.row.profile.optOut === value
            ? cached.row
            : { id: base.id, profile: { ...base.profile, optOut: value } };
        this.patched.set(base.id, { base, row });
      }
      if (this.patchedRows[index] !== row) changed = true;
      return row;
    });
    if (changed || result.length !== this.patchedRows.length) this.patchedRows = result;
    return this.patchedRows;
  }

  /** A new feedback value when a save changed something, and every watcher told. */
  private publishFeedback(): void {
    const optOut = this.optOut!;
    const { deniedRows, cardRevisions, notice } = this.feedback;
    const failure = optOut.failure;
    const next: OptOutFeedback = {
      deniedRows: optOut.denied,
      cardRevisions: optOut.revisions,
      notice: failure === this.noticeFor ? notice : this.noticeOf(failure),
    };
    this.noticeFor = failure;
    if (next.deniedRows === deniedRows && next.cardRevisions === cardRevisions && next.notice === notice) return;
    this.feedback = next;
    this.feedbackListeners.forEach((listener) => listener());
  }

  private noticeFor: unknown;

  private noticeOf(failure: OptOutFailure | undefined): GalleryNotice | undefined {
    if (!failure) return undefined;
    const { getString } = this.host;
    const profile = this.props?.rows.find((row) => row.id === failure.id)?.profile;
    const name = profile?.fullName ?? profile?.profileName ?? getString("gallery.unnamedProfile");
    const { error } = failure;
    const reason =
      error.kind === "businessRule" && error.serverMessage
        ? error.serverMessage
        : getString(`gallery.optOutError.${OPT_OUT_REASONS.has(error.kind) ? error.kind : "unknown"}`);
    return {
      title: getString("gallery.optOut.failedTitle"),
      message: formatMessage(getString("gallery.optOut.failed"), { name, reason, code: error.supportCode }),
    };
  }
}

const NO_FEEDBACK: OptOutFeedback = {
  deniedRows: new Map<string, OptOutLock>(),
  cardRevisions: new Map<string, number>(),
  notice: undefined,
};
const EMPTY_ROWS: readonly GalleryRow[] = [];
const NO_TEAMS: readonly string[] = [];
const NO_CHOICES: readonly OwnerFilterChoice[] = [];
const OPT_OUT_REASONS: ReadonlySet<string> = new Set(["privilege", "columnSecurity", "throttled", "network", "server", "businessRule"]);
