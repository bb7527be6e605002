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
  /** Space above the first row and below the last, kept in view around a row scrolled to (its focus ring). */
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
  const { count, keyOf, estimate, gap, padding, overscan } = options;
  const [version, rerender] = React.useReducer((value: number) => value + 1, 0);
  // What the scroll, resize and frame callbacks read: the latest render's inputs and results.
  const self = React.useRef({
    options,
    heights: new Map<string | number, number>(),
    estimate,
    top: 0,
    height: 0,
    layout: undefined as unknown as RowLayout,
    range: [0, -1] as [number, number],
    watched: new Set<Element>(),
    observer: undefined as ResizeObserver | undefined,
    request: 0,
  }).current;
  self.options = options;
  // Heights measured in the other card layout say nothing about this one.
  if (self.estimate !== estimate) {
    self.estimate = estimate;
    self.heights.clear();
  }
  const layout = React.useMemo(
    () => layoutRows(count, (row) => self.heights.get(keyOf(row)) ?? estimate, gap, padding),
    // version: a row's measured height changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, keyOf, estimate, gap, padding, version],
  );
  const viewport = (): number => self.height || self.options.fallbackHeight;
  self.layout = layout;
  self.range = visibleRows(layout, self.top, viewport(), overscan);

  const [actions] = React.useState(() => {
    // Re-renders only when the scroll or the box size changes which rows show.
    const update = (): void => {
      const element = self.options.scrollRef.current;
      if (!element) return;
      self.top = element.scrollTop;
      const next = visibleRows(self.layout, self.top, viewport(), self.options.overscan);
      if (next[0] !== self.range[0] || next[1] !== self.range[1]) rerender();
    };
    // Records a row's height; a row above the viewport shifts the scroll offset by its change.
    const measure = (row: HTMLElement): boolean => {
      const index = Number(row.dataset.row);
      const height = row.getBoundingClientRect().height;
      const key = self.options.keyOf(index);
      const before = self.heights.get(key) ?? self.estimate;
      if (!(height > 0) || height === before) return false;
      self.heights.set(key, height);
      const element = self.options.scrollRef.current;
      if (element && self.layout.starts[index] < element.scrollTop) element.scrollTop += height - before;
      return true;
    };
    // Scroll requests: each supersedes the previous one. Measuring the rows that come into view
    // moves the target, so it is checked again on the next frames (as virtual-core's
    // scrollToIndex does) — but only while no newer request was made: an older target's retries
    // once dragged the grid back after Control+End, Control+Home on a slow machine and focus fell
    // to the page.
    const scrollToRow = (row: number): void => {
      const id = ++self.request;
      const attempt = (align: Align, attempts: number): void => {
        const element = self.options.scrollRef.current;
        if (id !== self.request || !element) return;
        const target = scrollTarget(self.layout, row, element.scrollTop, viewport(), self.options.padding, align);
        if (!target || (attempts > 0 && Math.abs(target[0] - element.scrollTop) <= 1) || attempts >= MAX_SCROLL_ATTEMPTS) return;
        element.scrollTop = target[0];
        update();
        requestAnimationFrame(() => attempt(target[1], attempts + 1));
      };
      attempt("auto", 0);
    };
    return { update, measure, scrollToRow };
  });

  React.useLayoutEffect(() => {
    const element = options.scrollRef.current;
    if (!element) return undefined;
    const readBox = (): void => {
      if (element.offsetWidth > 0) self.options.onWidth(element.offsetWidth);
      self.height = element.offsetHeight;
      actions.update();
    };
    // One observer for the box and its rows.
    const observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target } of entries) {
        if (target === element) readBox();
        else if (target.isConnected) changed = actions.measure(target as HTMLElement) || changed;
      }
      if (changed) rerender();
    });
    observer.observe(element);
    self.observer = observer;
    self.watched.clear();
    element.addEventListener("scroll", actions.update, { passive: true });
    readBox();
    return () => {
      element.removeEventListener("scroll", actions.update);
      observer.disconnect();
    };
  }, [options.scrollRef, self, actions]);

  // After each render: measure the rows that just mounted (before paint), watch them, forget removed ones.
  React.useLayoutEffect(() => {
    const element = options.scrollRef.current;
    const { observer, watched } = self;
    if (!element || !observer) return;
    let changed = false;
    element.querySelectorAll<HTMLElement>(ROW_SELECTOR).forEach((row) => {
      if (watched.has(row)) return;
      watched.add(row);
      observer.observe(row);
      changed = actions.measure(row) || changed;
    });
    watched.forEach((row) => {
      if (row.isConnected) return;
      watched.delete(row);
      observer.unobserve(row);
    });
    if (changed) rerender();
  });

  return { layout, range: self.range, scrollToRow: actions.scrollToRow };
}
