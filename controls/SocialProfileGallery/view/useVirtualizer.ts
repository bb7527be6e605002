import * as React from "react";
import { elementScroll, observeElementOffset, observeElementRect, PartialKeys, Virtualizer, VirtualizerOptions } from "@tanstack/virtual-core";

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
