import * as React from "react";
import { Align, layoutRows, RowLayout, scrollTarget, visibleRows } from "../model/rowWindow";

export interface VirtualRowsOptions {
  scrollRef: React.RefObject<HTMLDivElement>;
  count: number;
  /** A row's identity: its measured height follows it when pages append or the filter changes. */
  keyOf: (row: number) => string | number;
  /** Height of a row not measured yet. */
  estimate: number;
  gap: number;
  /** Space above the first row and below the last. */
  padding: number;
  overscan: number;
  /** Box height to use when the host reports 0 (test DOMs without layout, a hidden tab). */
  fallbackHeight: number;
  /** The box's width whenever it changes (the grid picks its columns from it). */
  onWidth: (width: number) => void;
}

export interface VirtualRows {
  layout: RowLayout;
  /** First and last rendered row, inclusive ([0, -1] when none). */
  range: [number, number];
  /** Scrolls a row fully into view; a later call cancels what is left of an earlier one. */
  scrollToRow: (row: number) => void;
}

/** Rows carry data-row="index" so the hook can measure them without a ref per row. */
const ROW_SELECTOR = ":scope > * > [data-row]";
const MAX_SCROLL_ATTEMPTS = 10;

/**
 * Renders only the grid rows near the viewport of a scroll box. Rows have the height they render
 * with (a card's badges and counts wrap): each rendered row is measured when it mounts and
 * observed while it stays; a row above the viewport that changes height moves the scroll offset
 * by the same amount, so the cards in view stay still.
 */
export function useVirtualRows(options: VirtualRowsOptions): VirtualRows {
  const { scrollRef, count, keyOf, estimate, gap, padding, overscan, fallbackHeight } = options;
  const [version, rerender] = React.useReducer((value: number) => value + 1, 0);
  const heights = React.useRef(new Map<string | number, number>()).current;
  // Heights measured in the other card layout say nothing about this one.
  const measuredFor = React.useRef(estimate);
  if (measuredFor.current !== estimate) {
    measuredFor.current = estimate;
    heights.clear();
  }
  const box = React.useRef({ top: 0, height: 0 }).current;
  const latest = React.useRef(options);
  latest.current = options;

  const layout = React.useMemo(
    () => layoutRows(count, (row) => heights.get(keyOf(row)) ?? estimate, gap, padding),
    // version: a row's measured height changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, keyOf, estimate, gap, padding, version],
  );
  const viewport = box.height > 0 ? box.height : fallbackHeight;
  const range = visibleRows(layout, box.top, viewport, overscan);
  const current = React.useRef({ layout, range, viewport });
  current.current = { layout, range, viewport };

  // Re-render only when the scroll or the box size changes which rows show.
  const update = React.useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    box.top = element.scrollTop;
    const { layout: rows, range: shown } = current.current;
    const next = visibleRows(rows, box.top, box.height > 0 ? box.height : latest.current.fallbackHeight, latest.current.overscan);
    if (next[0] !== shown[0] || next[1] !== shown[1]) rerender();
  }, [scrollRef, box]);

  // Records a row's height; a row above the viewport shifts the scroll offset by its change.
  const measure = React.useCallback(
    (element: HTMLElement): boolean => {
      const row = Number(element.dataset.row);
      const height = element.getBoundingClientRect().height;
      const key = latest.current.keyOf(row);
      const before = heights.get(key) ?? latest.current.estimate;
      if (!(height > 0) || height === before) return false;
      heights.set(key, height);
      const scroller = scrollRef.current;
      const start = current.current.layout.starts[row];
      if (scroller && start !== undefined && start < scroller.scrollTop) scroller.scrollTop += height - before;
      return true;
    },
    [heights, scrollRef],
  );

  const observers = React.useRef<{ box: ResizeObserver; rows: ResizeObserver; watched: Set<Element> }>();
  React.useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    const readBox = (): void => {
      if (element.offsetWidth > 0) latest.current.onWidth(element.offsetWidth);
      box.height = element.offsetHeight;
      update();
    };
    const rowObserver = new ResizeObserver((entries) => {
      if (entries.filter((entry) => entry.target.isConnected && measure(entry.target as HTMLElement)).length) rerender();
    });
    const boxObserver = new ResizeObserver(readBox);
    boxObserver.observe(element);
    observers.current = { box: boxObserver, rows: rowObserver, watched: new Set() };
    element.addEventListener("scroll", update, { passive: true });
    readBox();
    return () => {
      element.removeEventListener("scroll", update);
      boxObserver.disconnect();
      rowObserver.disconnect();
    };
  }, [scrollRef, box, update, measure]);

  // After each render: measure the rows that just mounted (before paint), watch them, forget removed ones.
  React.useLayoutEffect(() => {
    const watch = observers.current;
    const element = scrollRef.current;
    if (!watch || !element) return;
    let changed = false;
    element.querySelectorAll<HTMLElement>(ROW_SELECTOR).forEach((row) => {
      if (watch.watched.has(row)) return;
      watch.watched.add(row);
      watch.rows.observe(row);
      changed = measure(row) || changed;
    });
    watch.watched.forEach((row) => {
      if (row.isConnected) return;
      watch.watched.delete(row);
      watch.rows.unobserve(row);
    });
    if (changed) rerender();
  });

  // Scroll requests: each supersedes the previous one. Measuring the rows that come into view
  // moves the target, so it is checked again on the next frames (as virtual-core's scrollToIndex
  // does) — but only while no newer request was made: an older target's retries once dragged the
  // grid back after Control+End, Control+Home on a slow machine and focus fell to the page.
  const request = React.useRef(0);
  const scrollToRow = React.useCallback(
    (row: number) => {
      const id = ++request.current;
      const attempt = (align: Align, attempts: number): void => {
        const element = scrollRef.current;
        const { layout: rows, viewport: height } = current.current;
        if (id !== request.current || !element) return;
        const target = scrollTarget(rows, row, element.scrollTop, height, align);
        if (!target || (attempts > 0 && Math.abs(target[0] - element.scrollTop) <= 1) || attempts >= MAX_SCROLL_ATTEMPTS) return;
        element.scrollTop = target[0];
        update();
        requestAnimationFrame(() => attempt(target[1], attempts + 1));
      };
      attempt("auto", 0);
    },
    [scrollRef, update],
  );

  return { layout, range, scrollToRow };
}
