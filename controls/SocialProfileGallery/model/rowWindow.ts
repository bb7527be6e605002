/**
 * Row windowing arithmetic, DOM-free: where each grid row starts (measured heights, an estimate
 * for the rows not rendered yet), which rows a scroll position shows, and where to scroll so a
 * row is fully in view. The view hook (view/useVirtualRows.ts) feeds it the box and the heights.
 */
export interface RowLayout {
  /** Top of each row, in pixels from the top of the scrolled content. */
  starts: number[];
  sizes: number[];
  /** Height of the scrolled content: the rows, the gaps between them and the padding at both ends. */
  total: number;
}

export function layoutRows(count: number, sizeOf: (row: number) => number, gap: number, padding: number): RowLayout {
  const starts: number[] = [];
  const sizes: number[] = [];
  let next = padding;
  for (let row = 0; row < count; row += 1) {
    starts.push(next);
    sizes.push(sizeOf(row));
    next += sizes[row] + gap;
  }
  return { starts, sizes, total: count ? next - gap + padding : 2 * padding };
}

/** The first row whose bottom is below `offset` (binary search over the sorted starts). */
function rowAt({ starts, sizes }: RowLayout, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle] + sizes[middle] > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The rows to render, first and last inclusive ([0, -1] when none): every row that meets the
 * viewport plus `overscan` rows on each side. A scroll offset past the end (a host or test that
 * sets scrollTop without clamping) shows the last screenful, as the browser would.
 */
export function visibleRows(layout: RowLayout, scrollTop: number, height: number, overscan: number): [number, number] {
  const count = layout.starts.length;
  if (!count || height <= 0) return [0, -1];
  const top = Math.max(0, Math.min(scrollTop, layout.total - height));
  const first = rowAt(layout, top);
  let last = first;
  while (last + 1 < count && layout.starts[last + 1] < top + height) last += 1;
  return [Math.max(0, first - overscan), Math.min(count - 1, last + overscan)];
}

/** Which edge of the viewport a row is brought to; "auto" picks the nearer one, or none when already in view. */
export type Align = "auto" | "start" | "end";

/**
 * The scroll offset that brings `row` fully into view with the least movement, `margin` pixels
 * around it included (the grid's focus ring is drawn outside the card), and the edge it was
 * aligned to (a retry keeps that edge while heights settle); undefined when it is in view
 * already. A row taller than the viewport is aligned at its top.
 */
export function scrollTarget(
  layout: RowLayout,
  row: number,
  scrollTop: number,
  height: number,
  margin: number,
  align: Align = "auto",
): [number, Align] | undefined {
  if (layout.starts[row] === undefined) return undefined;
  const start = layout.starts[row] - margin;
  const end = layout.starts[row] + layout.sizes[row] + margin;
  let edge = align;
  if (edge === "auto") {
    if (start < scrollTop || end - start > height) edge = "start";
    else if (end > scrollTop + height) edge = "end";
    else return undefined;
  }
  const offset = edge === "start" ? start : end - height;
  return [Math.max(0, Math.min(offset, layout.total - height)), edge];
}
