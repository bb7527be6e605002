import * as React from "react";
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { CardLayout, CountKind } from "../../common/countOptions";
import type { HostNumberFormat } from "../../common/formatCount";
import type { OptOutLock } from "../../common/optOutLock";
import type { GalleryOwnership } from "./GalleryViewProps";
import { VisuallyHidden } from "../../common/VisuallyHidden";
import { CARD_GAP, columnsFor, isNavigationKey, moveFocus, rowCountFor } from "../model/gridGeometry";
import type { GalleryRow } from "../model/rowCache";
import { rowOptOutLock } from "../model/optOutAccess";
import { gestureOf, nextSelection } from "../model/selection";
import { GalleryCardCell } from "./GalleryCardCell";
import { useVirtualRows } from "./useVirtualRows";

/** Estimated row heights before measuring (close estimates keep the scrollbar steady). */
export const ROW_ESTIMATE: Readonly<Record<CardLayout, number>> = { compact: 190, full: 380 };
/** Ask for the next page when the last rendered row is this close to the end. */
export const LOAD_AHEAD_ROWS = 3;
const OVERSCAN_ROWS = 2;

export interface GalleryGridProps {
  rows: readonly GalleryRow[];
  /** Allocated width, or ≤ 0 to measure the box. */
  width: number;
  height: number;
  fillHeight: boolean;
  /** Records on the server (for aria-rowcount), or -1 when unknown. */
  totalRecords: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  selectedIds: readonly string[];
  layout: CardLayout;
  counts: readonly CountKind[];
  optOutLock: OptOutLock | null;
  deniedRows: ReadonlyMap<string, OptOutLock>;
  cardRevisions: ReadonlyMap<string, number>;
  /** Who is looking, for the cards' ownership badges (undefined: none). */
  ownership: GalleryOwnership | undefined;
  rtl: boolean;
  label: string;
  keyboardHint: string;
  getString: (key: string) => string;
  locale: string;
  /** The user's Dataverse number format, for every card's counts. */
  numberFormat: HostNumberFormat;
  onLoadMore: () => void;
  onSelect: (ids: string[]) => void;
  onOpen: (id: string) => void;
  onOptOutChange: (id: string, optedOut: boolean) => void;
}

const useStyles = makeStyles({
  scroller: {
    overflowY: "auto",
    overflowX: "hidden",
    position: "relative",
    contain: "strict",
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
  },
  fill: { flexGrow: 1, flexShrink: 1, flexBasis: 0, minHeight: "120px" },
  rowgroup: { position: "relative", width: "100%" },
  row: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    display: "grid",
    columnGap: `${CARD_GAP}px`,
    paddingInline: tokens.spacingHorizontalXXS,
    boxSizing: "border-box",
  },
});

const INTERACTIVE = "a, button, input, select, textarea, label, [role='switch']";

const cellIndexOf = (target: EventTarget | null): number | undefined => {
  const cell = target instanceof Element ? target.closest<HTMLElement>("[data-card-index]") : null;
  return cell ? Number(cell.dataset.cardIndex) : undefined;
};

/**
 * The virtualized card grid: a scroll box of the maker's height holding only the rows near the
 * viewport, with WAI-ARIA grid semantics (roving tabindex, arrow keys, Space selects, Enter opens).
 */
export const GalleryGrid: React.FC<GalleryGridProps> = React.memo(function GalleryGrid(props) {
  const { rows, width, height, fillHeight, layout, rtl, selectedIds, cardRevisions, hasNextPage, loadingMore, onLoadMore } = props;
  const styles = useStyles();
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const [measuredWidth, setMeasuredWidth] = React.useState(0);
  const columns = columnsFor(width > 0 ? width : measuredWidth);
  const rowCount = rowCountFor(rows.length, columns);
  const estimate = ROW_ESTIMATE[layout];

  const keyOf = React.useCallback((row: number) => rows[row * columns]?.id ?? row, [rows, columns]);
  const {
    layout: rowLayout,
    range,
    scrollToRow,
  } = useVirtualRows({
    scrollRef,
    count: rowCount,
    keyOf,
    estimate,
    gap: CARD_GAP,
    padding: CARD_GAP / 2,
    overscan: OVERSCAN_ROWS,
    fallbackHeight: height,
    onWidth: setMeasuredWidth,
  });
  // Paging: ask when the rendered rows reach the end (hasNextPage is false after a failed page:
  // Try again asks for it). The controller refuses while a fetch is in flight.
  const lastRendered = range[1];
  React.useEffect(() => {
    if (hasNextPage && !loadingMore && lastRendered >= rowCount - 1 - LOAD_AHEAD_ROWS) onLoadMore();
  }, [lastRendered, rowCount, hasNextPage, loadingMore, onLoadMore]);

  // Roving tabindex: one card is the tab stop; keys move it and focus follows once rendered.
  const [active, setActive] = React.useState(0);
  const activeIndex = Math.min(active, rows.length - 1);
  // The active card's row stays rendered wherever the box is scrolled: the one tab stop always
  // exists, and a focused card scrolled out of view (wheel, scrollbar) keeps focus instead of
  // dropping it to the page, after which Tab would reach only the scroll box.
  const activeRow = activeIndex >= 0 ? Math.floor(activeIndex / columns) : -1;
  const items = Array.from({ length: range[1] - range[0] + 1 }, (_, offset) => range[0] + offset);
  if (activeRow >= 0 && activeRow < range[0]) items.unshift(activeRow);
  else if (activeRow >= 0 && activeRow > range[1] && activeRow < rowCount) items.push(activeRow);
  const focusPending = React.useRef(false);
  const anchor = React.useRef<string | undefined>(undefined);
  React.useLayoutEffect(() => {
    if (!focusPending.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-card-index="${activeIndex}"]`);
    if (cell) {
      focusPending.current = false;
      cell.focus({ preventScroll: true });
    }
  });

  const moveTo = React.useCallback(
    (index: number) => {
      setActive(index);
      focusPending.current = true;
      scrollToRow(Math.floor(index / columns));
    },
    [scrollToRow, columns],
  );

  const selected = React.useMemo(() => new Set(selectedIds), [selectedIds]);
  const ids = React.useMemo(() => rows.map((row) => row.id), [rows]);

  const select = (index: number, gesture: ReturnType<typeof gestureOf>): void => {
    const target = rows[index].id;
    props.onSelect(nextSelection(selectedIds, ids, anchor.current, target, gesture));
    if (gesture !== "range") anchor.current = target;
  };

  const onClick = (event: React.MouseEvent): void => {
    const index = cellIndexOf(event.target);
    if (index === undefined) return;
    setActive(index);
    // Links and the opt-out switch inside a card act on their own; they do not change the selection.
    if (event.target instanceof Element && event.target.closest(INTERACTIVE)) return;
    select(index, gestureOf(event));
  };

  const onDoubleClick = (event: React.MouseEvent): void => {
    const index = cellIndexOf(event.target);
    if (index === undefined || (event.target instanceof Element && event.target.closest(INTERACTIVE))) return;
    props.onOpen(rows[index].id);
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    // Keys typed inside a card's own controls (link, switch) belong to them.
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute("role") !== "gridcell") return;
    const index = cellIndexOf(event.target)!;
    const ctrl = event.ctrlKey || event.metaKey;
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const rowsPerPage = Math.max(1, Math.floor(height / estimate));
      const next = moveFocus(index, rows.length, columns, rowsPerPage, { key: event.key, ctrl, rtl });
      if (event.shiftKey && next !== index)
        props.onSelect(nextSelection(selectedIds, ids, anchor.current ?? rows[index].id, rows[next].id, "range"));
      moveTo(next);
    } else if (event.key === "Enter") {
      event.preventDefault();
      props.onOpen(rows[index].id);
    } else if (event.key === " ") {
      event.preventDefault();
      select(index, event.shiftKey ? "range" : "toggle");
    } else if (ctrl && (event.key === "a" || event.key === "A")) {
      event.preventDefault();
      props.onSelect([...ids]);
    }
  };

  const totalRows = props.totalRecords >= 0 ? rowCountFor(Math.max(props.totalRecords, rows.length), columns) : -1;
  const describedBy = useId("social-gallery-keys-");

  return (
    <>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={props.label}
        aria-describedby={describedBy}
        aria-multiselectable="true"
        aria-rowcount={totalRows}
        aria-colcount={columns}
        aria-busy={loadingMore || undefined}
        className={fillHeight ? `${styles.scroller} ${styles.fill}` : styles.scroller}
        style={fillHeight ? undefined : { height }}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className={styles.rowgroup} style={{ height: rowLayout.total }}>
          {items.map((rowIndex) => {
            const first = rowIndex * columns;
            const cards = rows.slice(first, first + columns);
            return (
              <div
                key={keyOf(rowIndex)}
                role="row"
                aria-rowindex={rowIndex + 1}
                data-row={rowIndex}
                className={styles.row}
                style={{
                  transform: `translateY(${rowLayout.starts[rowIndex]}px)`,
                  gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                }}
              >
                {cards.map((row, column) => {
                  const optOutLock = rowOptOutLock(props.optOutLock, row.profile, props.deniedRows.get(row.id));
                  return (
                    <GalleryCardCell
                      key={row.id}
                      row={row}
                      index={first + column}
                      columnIndex={column}
                      active={first + column === activeIndex}
                      selected={selected.has(row.id)}
                      revision={cardRevisions.get(row.id) ?? 0}
                      layout={layout}
                      counts={props.counts}
                      optOutLock={optOutLock}
                      optOutLockExplained={optOutLock !== null && optOutLock === props.optOutLock}
                      ownership={props.ownership}
                      getString={props.getString}
                      locale={props.locale}
                      numberFormat={props.numberFormat}
                      onOptOutChange={props.onOptOutChange}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <span id={describedBy}>
        <VisuallyHidden>{props.keyboardHint}</VisuallyHidden>
      </span>
    </>
  );
});
