import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CardLayout, CountKind } from "../../common/countOptions";
import type { HostNumberFormat } from "../../common/formatCount";
import type { OptOutLock } from "../../common/optOutLock";
import { OwnershipBadge } from "../../common/ownership/OwnershipBadge";
import { rowRelation } from "../../common/ownership/ownerFilter";
import { ProfileCard } from "../../common/ProfileCard";
import { formatMessage } from "../../common/schemaImports";
import type { GalleryRow } from "../model/rowCache";
import type { GalleryOwnership } from "./GalleryViewProps";

export interface GalleryCardCellProps {
  row: GalleryRow;
  index: number;
  columnIndex: number;
  active: boolean;
  selected: boolean;
  /** Changes when a failed save must drop the card's optimistic switch state (remount). */
  revision: number;
  layout: CardLayout;
  counts: readonly CountKind[];
  /** Why this card's opt-out is read-only, or null when the agent may switch it. */
  optOutLock: OptOutLock | null;
  /** The lock is the gallery's, said once above the cards: the card shows no reason of its own. */
  optOutLockExplained: boolean;
  /** Who is looking: the badge compares the row's owner with them (no request per card). */
  ownership: GalleryOwnership | undefined;
  getString: (key: string) => string;
  locale: string;
  /** The user's Dataverse number format (the form's card formats with the same). */
  numberFormat: HostNumberFormat;
  onOptOutChange: (id: string, optedOut: boolean) => void;
}

const useStyles = makeStyles({
  cell: {
    position: "relative",
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    cursor: "default",
    // Selection and focus are drawn around the shared card, which stays unaware of the grid.
    "&:focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  badge: { display: "flex", paddingBlockEnd: tokens.spacingVerticalXS },
  selected: {
    boxShadow: `0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    "@media (forced-colors: active)": { outline: "3px solid Highlight", boxShadow: "none" },
  },
});

/** What a card may put in the tab order; `data-roving` marks an element this cell took out of it. */
const FOCUSABLE = "a[href], button, input, select, textarea, [tabindex='0'], [data-roving]";

/** One gridcell: the shared ProfileCard plus the grid's focus and selection. Memoized: appending a page renders only new cells. */
export const GalleryCardCell: React.FC<GalleryCardCellProps> = React.memo(function GalleryCardCell({
  row,
  index,
  columnIndex,
  active,
  selected,
  revision,
  layout,
  counts,
  optOutLock,
  optOutLockExplained,
  ownership,
  getString,
  locale,
  numberFormat,
  onOptOutChange,
}) {
  const styles = useStyles();
  const id = row.id;
  const setOptOut = React.useCallback((optedOut: boolean) => onOptOutChange(id, optedOut), [id, onOptOutChange]);
  const cellRef = React.useRef<HTMLDivElement>(null);
  // Roving tabindex: the grid is one tab stop. Only the active card's own link and switch stay
  // in the tab order (Tab from the card reaches them, then leaves the grid); every other card's
  // are reachable by moving to that card first. Runs after each render: the card re-creates them.
  React.useLayoutEffect(() => {
    cellRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE).forEach((element) => {
      element.dataset.roving = "";
      element.tabIndex = active ? 0 : -1;
    });
  });
  return (
    <div
      ref={cellRef}
      role="gridcell"
      aria-colindex={columnIndex + 1}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      data-card-index={index}
      className={mergeClasses(styles.cell, selected && styles.selected)}
    >
      {ownership && row.owner && (
        <div className={styles.badge}>
          <OwnershipBadge
            relation={rowRelation(row.owner, ownership.userId, ownership.teamIds, ownership.ownerDisabled)}
            text={(key, params) => formatMessage(getString(key), params ?? {})}
          />
        </div>
      )}
      <ProfileCard
        key={`${id}:${revision}`}
        profile={row.profile}
        getString={getString}
        locale={locale}
        numberFormat={numberFormat}
        counts={counts}
        layout={layout}
        optOutLock={optOutLock}
        optOutLockExplained={optOutLockExplained}
        onOptOutChange={setOptOut}
      />
    </div>
  );
});
