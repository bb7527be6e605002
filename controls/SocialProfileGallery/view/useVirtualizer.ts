import * as React from "react";
import { elementScroll, observeElementOffset, observeElementRect, PartialKeys, ScrollToOptions, Virtualizer, VirtualizerOptions } from "@tanstack/virtual-core";

export type GridVirtualizerOptions = PartialKeys<
  VirtualizerOptions<HTMLDivElement, Element>,
  "observeElementRect" | "observeElementOffset" | "scrollToFn"
>;

/**
 * @tanstack/virtual-core bound to React without react-dom: @tanstack/react-virtual imports
 * react-dom for flushSync, and pcf-scripts does not map react-dom to the platform's copy, so
 * that import would bundle a second React DOM. A state bump re-renders on scroll instead.
 */
export function useVirtualizer(options: GridVirtualizerOptions): Virtualizer<HTMLDivElement, Element> {
  const rerender = React.useReducer((count: number) => count + 1, 0)[1];
  const resolved: VirtualizerOptions<HTMLDivElement, Element> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      rerender();
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = React.useState(() => new Virtualizer<HTMLDivElement, Element>(resolved));
  instance.setOptions(resolved);
  React.useLayoutEffect(() => instance._didMount(), [instance]);
  React.useLayoutEffect(() => instance._willUpdate());
  return instance;
}

const MAX_SCROLL_ATTEMPTS = 10;

/**
 * Scrolls a row into view and re-checks it on the next frames while rows get measured, like
 * Virtualizer.scrollToIndex — but a later call supersedes an earlier one. virtual-core 3.13.12
 * keeps retrying every scrollToIndex for up to 10 frames even after another was asked for
 * (fixed upstream later: TanStack/virtual#1073, #1106), so on a slow machine Control+End's
 * retries dragged the grid back down after Control+Home and the focused card left the DOM.
 */
export function useScrollToRow(virtualizer: Virtualizer<HTMLDivElement, Element>): (row: number) => void {
  const latest = React.useRef(0);
  return React.useCallback(
    (row: number) => {
      const request = ++latest.current;
      const current = () => request === latest.current;
      const attempt = (align: NonNullable<ScrollToOptions["align"]>, attempts: number): void => {
        const target = virtualizer.getOffsetForIndex(row, align);
        const frame = virtualizer.targetWindow?.requestAnimationFrame.bind(virtualizer.targetWindow);
        if (!target || !frame) return;
        virtualizer.scrollToOffset(target[0], { align: "start" });
        // Measuring the rows that came into view moves the target: look again next frame.
        frame(() => {
          const settled = current() && virtualizer.getOffsetForIndex(row, target[1]);
          if (settled && Math.abs(settled[0] - (virtualizer.scrollOffset ?? 0)) > 1 && attempts + 1 < MAX_SCROLL_ATTEMPTS) {
            frame(() => current() && attempt(target[1], attempts + 1));
          }
        });
      };
      attempt("auto", 0);
    },
    [virtualizer],
  );
}
