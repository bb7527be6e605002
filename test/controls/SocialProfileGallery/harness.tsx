// The machine is shared (2 cores, several test runs at once): rendering whole galleries takes seconds under load.
jest.setTimeout(30000);

import { readFileSync } from "node:fs";
import path from "node:path";
import * as ReactDOM from "react-dom";
import { act } from "react-dom/test-utils";
import { SocialProfileGallery } from "../../../controls/SocialProfileGallery";
import {
  FakeContextOptions,
  FakeDataset,
  FakeDatasetOptions,
  makeGalleryContext,
  makeProfiles,
} from "../../../simulator/pcfHost/datasetContext";
import { harnessSampleValue, harnessSelectedTypes } from "../../../simulator/pcfHost/pcfStartDataset";
import { fakeGetResource } from "../../../simulator/pcfHost/resourceFake";
import { Lcid, stringsLookup } from "../../../simulator/pcfHost/fieldContext";

// jsdom has no layout: scrolling the box is simulated by setting scrollTop and firing "scroll".
if (!Element.prototype.scrollTo) {
  Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === "number" ? options : options?.top;
    if (top !== undefined) (this as HTMLElement).scrollTop = top;
    this.dispatchEvent(new Event("scroll"));
  } as Element["scrollTo"];
}

const mounted: (() => void)[] = [];
/** Unmounts every gallery of the test (stops the virtualizer's timers). */
export function unmountAll(): void {
  while (mounted.length) mounted.pop()!();
  document.body.innerHTML = "";
}

// jsdom has no ResizeObserver (Fluent's MessageBar and the virtualizer observe sizes): a silent one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

export interface MountOptions extends Partial<Omit<FakeContextOptions, "dataset" | "getString">> {
  dataset?: FakeDatasetOptions;
  /** Another host's dataset object, used as it is (e.g. pcfStartDataset). */
  hostDataset?: object;
  count?: number;
  /**
   * "ignored": `context.factory.requestRender` brings no updateView, as pcf-start 1.51.1 did after
   * a refused Web API write (observed in Chromium: test/e2e/harnessGallery.e2e.ts; its
   * requestRender goes to the host's scheduled forceUpdate). Default: an updateView follows, as
   * the PCF reference describes requestRender ("Requests re-rendering of the component with the
   * updated data").
   */
  requestRender?: "updateView" | "ignored";
}

/** The gallery control as the host runs it: init, then updateView whenever the dataset or the control asks. */
export function mountGallery(options: MountOptions = {}) {
  const dataset =
    (options.hostDataset as FakeDataset | undefined) ??
    new FakeDataset(options.dataset ?? { records: makeProfiles(options.count ?? 100), pageSize: 25 });
  const container = document.createElement("div");
  document.body.appendChild(container);
  const control = new SocialProfileGallery();
  const elements: unknown[] = [];
  let scheduled = false;
  const render = (): void => {
    const element = control.updateView(context as never);
    elements.push(element);
    act(() => {
      ReactDOM.render(element, container);
    });
  };
  // Hosts call updateView asynchronously after a request; so does the harness.
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      render();
    });
  };
  // Harness default (pcf-start's getResource: no content), its answer flushed inside act.
  const getResource = options.getResource ?? fakeGetResource({ mode: "pcf-start", answer: (deliver) => act(deliver) });
  const requestRender = options.requestRender === "ignored" ? () => undefined : schedule;
  const context = makeGalleryContext(
    { ...options, dataset, getResource, getString: stringsLookup((options.languageId ?? 1033) as Lcid) } as FakeContextOptions,
    requestRender,
  );
  if (!options.hostDataset) dataset.onChange = schedule;
  control.init(context as never);
  render();
  mounted.push(() => ReactDOM.unmountComponentAtNode(container));
  return {
    control,
    dataset,
    context,
    container,
    elements,
    render,
    /** Lets queued host work (microtasks, timers at 0 ms) run. */
    async flush(rounds = 4): Promise<void> {
      for (let i = 0; i < rounds; i += 1) {
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
    },
    unmount(): void {
      ReactDOM.unmountComponentAtNode(container);
      container.remove();
    },
  };
}

export const cells = (container: HTMLElement): HTMLElement[] => Array.from(container.querySelectorAll<HTMLElement>("[role='gridcell']"));

/** The gallery's property-sets with the data types pcf-start selects for them (pcfStartDataset.ts, harness.js `qp`). */
export const PCF_START_TYPES = harnessSelectedTypes(
  readFileSync(path.resolve(__dirname, "../../../controls/SocialProfileGallery/ControlManifest.Input.xml"), "utf8"),
);

/** pcf-start's sample rows (harness.js `Yp` per selected type), `fullName` "Person <i>" to tell the cards apart. */
export const pcfStartRows = (count: number): Record<string, unknown>[] =>
  Array.from({ length: count }, (_, i) => ({
    ...Object.fromEntries(Object.entries(PCF_START_TYPES).map(([name, type]) => [name, harnessSampleValue(type)])),
    fullName: `Person ${i}`,
  }));
