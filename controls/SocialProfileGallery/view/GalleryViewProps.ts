import type { Theme } from "@fluentui/react-components";
import type { CardLayout, CountKind } from "../../common/countOptions";
import type { HostNumberFormat } from "../../common/formatCount";
import type { LiveValue } from "../../common/liveValue";
import type { TextDirection } from "../../common/locale";
import type { OptOutLock } from "../../common/optOutLock";
import type { CommunityOption } from "../model/communityOptions";
import type { OwnerFilterChoice } from "../../common/ownership/ownerFilter";
import type { GalleryQuery, SortChoice, Viewer } from "../model/query";
import type { GalleryRow } from "../model/rowCache";
import type { TotalCount } from "../model/totalCount";

/** A message shown above the grid (a failed opt-out save), already localized. */
export interface GalleryNotice {
  title: string;
  message: string;
}

/** What an in-place opt-out save changed: rows it locked, cards to reset, the message saying why. */
export interface OptOutFeedback {
  /** Rows whose save the server refused for good (privilege depth, column security). */
  deniedRows: ReadonlyMap<string, OptOutLock>;
  /** Bumped per record when a failed save must reset its card. */
  cardRevisions: ReadonlyMap<string, number>;
  notice: GalleryNotice | undefined;
}

/**
 * A value the host changes between updateViews (controls/common/liveValue.ts). The opt-out's
 * outcome arrives this way, not through the next updateView: after a refused save, pcf-start
 * 1.51.1 sent none after `requestRender` (observed in Chromium, test/e2e/harnessGallery.e2e.ts),
 * and the card stayed flipped with no message.
 */
export type { LiveValue };

/** Everything the gallery view needs, as plain data. The host keeps each value's identity while it is unchanged. */
export interface GalleryViewProps {
  rows: readonly GalleryRow[];
  /** First load (no rows yet), ready, or the dataset reported an error. */
  status: "loading" | "ready" | "error";
  /** The host's error text when status is "error" or pageError ("" when it gave none). */
  errorMessage: string;
  /** The last "next page" failed: loaded cards stay, an error with Try again follows them. */
  pageError: boolean;
  loadingMore: boolean;
  hasNextPage: boolean;
  total: TotalCount;
  query: GalleryQuery;
  sorts: readonly SortChoice[];
  /** The community filter's options (the org's when metadata was read, else our catalog). */
  communities: readonly CommunityOption[];
  /** Whether the mapping allows a community filter / a search. */
  canFilterCommunity: boolean;
  canSearch: boolean;
  /** The owner filter's choices; empty when the host can't run it (no filtering / linking: pcf-start, canvas). */
  ownerChoices: readonly OwnerFilterChoice[];
  /** Who is looking, for each card's ownership badge; undefined: no badges. */
  ownership: GalleryOwnership | undefined;
  selectedIds: readonly string[];
  /** Allocated width in px (≤ 0 when the host gives none: the view measures its box). */
  width: number;
  /** Scroll box height in px. */
  height: number;
  /** True when the host gives the control a fixed height: the box then fills it. */
  fillHeight: boolean;
  layout: CardLayout;
  counts: readonly CountKind[];
  /** A lock every card shares (a row may name a more specific reason: rowOptOutLock), or null when each row decides. */
  optOutLock: OptOutLock | null;
  /** The opt-out column is in the dataset: a lock every card shares is said once, above the cards. */
  showsOptOut: boolean;
  /** In-place opt-out saves' outcome, the same object for the control's lifetime. */
  optOutFeedback: LiveValue<OptOutFeedback>;
  getString: (key: string) => string;
  locale: string;
  /** The user's Dataverse number format (userSettings.numberFormattingInfo, context.formatting): cards and counts. */
  numberFormat: HostNumberFormat;
  dir: TextDirection;
  theme: Theme | undefined;
  actions: GalleryActions;
}

/** The signed-in user as every card's badge compares it with the row's owner (one object, shared by all cards). */
export interface GalleryOwnership extends Viewer {
  /** True when every row's owner is known to be a disabled user (the "No active owner" filter); else unknown. */
  ownerDisabled: boolean | undefined;
}

/** Callbacks into the host; one stable object for the control's lifetime. */
export interface GalleryActions {
  loadMore(): void;
  changeQuery(query: GalleryQuery): void;
  select(ids: string[]): void;
  open(id: string): void;
  setOptOut(id: string, optedOut: boolean): void;
  retry(): void;
  dismissNotice(): void;
}
