import * as React from "react";
import { act, render } from "@testing-library/react";
import { useVirtualRows, VirtualRows } from "../../../../controls/SocialProfileGallery/view/useVirtualRows";

// jsdom has no layout: rows report the height given here, the box its fallback height, and the
// ResizeObservers are recorded so a test can report a size change as the browser would.
let rowHeight = (row: number): number => 0 * row;
const observers: { callback: ResizeObserverCallback; targets: Set<Element> }[] = [];
class RecordingResizeObserver {
  private readonly record: { callback: ResizeObserverCallback; targets: Set<Element> };
  constructor(callback: ResizeObserverCallback) {
    this.record = { callback, targets: new Set() };
    observers.push(this.record);
  }
  observe(target: Element): void {
    this.record.targets.add(target);
  }
  unobserve(target: Element): void {
    this.record.targets.delete(target);
  }
  disconnect(): void {
    this.record.targets.clear();
  }
}

beforeAll(() => {
  globalThis.ResizeObserver = RecordingResizeObserver as unknown as typeof ResizeObserver;
  jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    const row = this.dataset.row;
    return { height: row === undefined ? 0 : rowHeight(Number(row)) } as DOMRect;
  });
});
afterAll(() => jest.restoreAllMocks());
beforeEach(() => {
  jest.useFakeTimers();
  observers.length = 0;
});
afterEach(() => jest.useRealTimers());

const ESTIMATE = 100;
const BOX = 500;

function Rows({ count, onRows }: { count: number; onRows: (rows: VirtualRows, box: HTMLDivElement) => void }): React.ReactElement {
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const keyOf = React.useCallback((row: number) => `r${row}`, []);
  const rows = useVirtualRows({
    scrollRef,
    count,
    keyOf,
    estimate: ESTIMATE,
    gap: 10,
    padding: 5,
    overscan: 1,
    fallbackHeight: BOX,
    onWidth: () => undefined,
  });
  React.useLayoutEffect(() => {
    onRows(rows, scrollRef.current!);
  });
  const shown = Array.from({ length: rows.range[1] - rows.range[0] + 1 }, (_, offset) => rows.range[0] + offset);
  return (
    <div ref={scrollRef}>
      <div style={{ height: rows.layout.total }}>
        {shown.map((row) => (
          <div key={row} data-row={row} />
        ))}
      </div>
    </div>
  );
}

function mount(count: number): { latest: () => VirtualRows; box: () => HTMLDivElement; rendered: () => number[] } {
  let rows: VirtualRows | undefined;
  let element: HTMLDivElement | undefined;
  const { container } = render(
    <Rows
      count={count}
      onRows={(r, b) => {
        rows = r;
        element = b;
      }}
    />,
  );
  return {
    latest: () => rows!,
    box: () => element!,
    rendered: () => Array.from(container.querySelectorAll<HTMLElement>("[data-row]"), (row) => Number(row.dataset.row)),
  };
}

describe("useVirtualRows (the gallery's row windowing)", () => {
  it("renders the rows of the box and measures them as they mount", () => {
    rowHeight = () => 150;
    const view = mount(1000);
    // 500 px at 150 + 10 per row: rows 0-3 meet the box, plus one overscan row.
    expect(view.rendered()).toEqual([0, 1, 2, 3, 4]);
    expect(view.latest().layout.sizes.slice(0, 5)).toEqual([150, 150, 150, 150, 150]);
    expect(view.latest().layout.sizes[100]).toBe(ESTIMATE);
  });

  it("a later scroll request cancels what is left of an earlier one (no stale re-scroll)", () => {
    // Rows measure taller than estimated: after the first jump the target row moves further
    // down, and the request keeps re-aiming on the next frames.
    rowHeight = () => 300;
    const view = mount(1000);
    // Every scroll offset the hook sets, in order (two requests' retries share a frame).
    const writes: number[] = [];
    let scrollTop = 0;
    Object.defineProperty(view.box(), "scrollTop", {
      get: () => scrollTop,
      set: (value: number) => {
        scrollTop = value;
        writes.push(value);
      },
    });
    act(() => view.latest().scrollToRow(400));
    expect(scrollTop).toBeGreaterThan(0);
    act(() => view.latest().scrollToRow(0));
    const fromHome = writes.length - 1;
    act(() => jest.advanceTimersByTime(1000));
    // Control+Home's offset is the last one set: the earlier request never drags the grid back.
    expect(writes.slice(fromHome).every((value) => value <= 5)).toBe(true);
    expect(view.rendered()).toContain(0);
  });

  it("re-aims on the next frames until the row is fully in view with its measured height", () => {
    rowHeight = (row) => (row % 2 ? 180 : 240);
    const view = mount(200);
    act(() => view.latest().scrollToRow(120));
    act(() => jest.advanceTimersByTime(1000));
    const { layout } = view.latest();
    const top = view.box().scrollTop;
    expect(view.rendered()).toContain(120);
    expect(layout.sizes[120]).toBe(240);
    expect(layout.starts[120]).toBeGreaterThanOrEqual(top);
    expect(layout.starts[120] + layout.sizes[120]).toBeLessThanOrEqual(top + BOX);
  });

  it("keeps the rows in view still when a row above them changes height", () => {
    rowHeight = () => ESTIMATE;
    const view = mount(100);
    act(() => {
      view.box().scrollTop = 2000;
      view.box().dispatchEvent(new Event("scroll"));
    });
    const [first] = view.latest().range;
    const firstInView = first + 1; // one overscan row above the box
    const before = view.latest().layout.starts[firstInView] - view.box().scrollTop;
    // The overscan row above the box grows by 40 px (its badge wrapped).
    rowHeight = (row) => (row === first ? ESTIMATE + 40 : ESTIMATE);
    const rowObserver = observers.find((observer) =>
      [...observer.targets].some((target) => (target as HTMLElement).dataset.row === String(first)),
    )!;
    const target = [...rowObserver.targets].find((element) => (element as HTMLElement).dataset.row === String(first))!;
    act(() => rowObserver.callback([{ target } as ResizeObserverEntry], {} as ResizeObserver));
    expect(view.latest().layout.starts[firstInView] - view.box().scrollTop).toBe(before);
  });
});
