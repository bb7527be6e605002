/** @jest-environment node */
import fc from "fast-check";
import { layoutRows, scrollTarget, visibleRows } from "../../../../controls/SocialProfileGallery/model/rowWindow";

/** Rows of any measured height, the gallery's gap/padding range, a box and a scroll position. */
const windows = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 300 }),
    gap: fc.integer({ min: 0, max: 24 }),
    height: fc.integer({ min: 1, max: 2000 }),
    overscan: fc.integer({ min: 0, max: 4 }),
    position: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ sizes, gap, height, overscan, position }) => {
    const layout = layoutRows(sizes.length, (row) => sizes[row], gap, gap / 2);
    const top = Math.round(position * Math.max(0, layout.total - height));
    return { sizes, gap, height, overscan, layout, top };
  });

const meets = (start: number, size: number, top: number, height: number): boolean => start + size > top && start < top + height;

describe("row windowing (model/rowWindow)", () => {
  it("lays rows end to end with the gap between them and the padding at both ends", () => {
    fc.assert(
      fc.property(windows, ({ sizes, gap, layout }) => {
        expect(layout.starts[0]).toBe(gap / 2);
        sizes.forEach((_, row) => row > 0 && expect(layout.starts[row]).toBe(layout.starts[row - 1] + sizes[row - 1] + gap));
        expect(layout.total).toBe(layout.starts[sizes.length - 1] + sizes[sizes.length - 1] + gap / 2);
      }),
    );
  });

  it("renders every row that meets the viewport, plus at most the overscan on each side", () => {
    fc.assert(
      fc.property(windows, ({ sizes, height, overscan, layout, top }) => {
        const [first, last] = visibleRows(layout, top, height, overscan);
        const inView = sizes.map((_, row) => row).filter((row) => meets(layout.starts[row], sizes[row], top, height));
        // A viewport that shows only a gap gets the next row and its overscan.
        if (!inView.length) return expect(last - first + 1).toBeLessThanOrEqual(1 + 2 * overscan);
        expect(first).toBeLessThanOrEqual(inView[0]);
        expect(last).toBeGreaterThanOrEqual(inView[inView.length - 1]);
        expect(first).toBe(Math.max(0, inView[0] - overscan));
        expect(last).toBe(Math.min(sizes.length - 1, inView[inView.length - 1] + overscan));
      }),
    );
  });

  it("never renders more rows than fit the box at the smallest row height, plus one and the overscan", () => {
    fc.assert(
      fc.property(windows, ({ sizes, gap, height, overscan, layout, top }) => {
        const [first, last] = visibleRows(layout, top, height, overscan);
        const bound = Math.ceil(height / (Math.min(...sizes) + gap)) + 1 + 2 * overscan;
        expect(last - first + 1).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it("shows the last screenful when the scroll offset is past the end, and nothing for an empty grid or box", () => {
    fc.assert(
      fc.property(windows, fc.integer({ min: 1, max: 1_000_000 }), ({ sizes, height, layout }, beyond) => {
        const atEnd = visibleRows(layout, Math.max(0, layout.total - height), height, 0);
        expect(visibleRows(layout, layout.total + beyond, height, 0)).toEqual(atEnd);
        expect(atEnd[1]).toBe(sizes.length - 1);
      }),
    );
    expect(
      visibleRows(
        layoutRows(0, () => 100, 12, 6),
        0,
        500,
        2,
      ),
    ).toEqual([0, -1]);
    expect(
      visibleRows(
        layoutRows(5, () => 100, 12, 6),
        0,
        0,
        2,
      ),
    ).toEqual([0, -1]);
  });

  it("scrolls a row fully into view with the margin around it (the focus ring), or not at all when it is already", () => {
    fc.assert(
      fc.property(windows, fc.nat(), ({ sizes, gap, height, layout, top }, pick) => {
        const row = pick % sizes.length;
        const margin = gap / 2;
        const start = layout.starts[row] - margin;
        const end = layout.starts[row] + sizes[row] + margin;
        const target = scrollTarget(layout, row, top, height, margin);
        if (start >= top && end <= top + height) {
          expect(target).toBeUndefined();
          return;
        }
        expect(target).toBeDefined();
        const [offset] = target!;
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(Math.max(0, layout.total - height));
        if (end - start <= height) {
          expect(start).toBeGreaterThanOrEqual(offset);
          expect(end).toBeLessThanOrEqual(offset + height);
        } else {
          // Taller than the box: its top is shown.
          expect(offset).toBe(Math.max(0, Math.min(start, layout.total - height)));
        }
        // A retry keeps the edge it chose: aligning again from there does not move.
        expect(scrollTarget(layout, row, offset, height, margin, target![1])?.[0]).toBe(offset);
      }),
    );
  });
});
