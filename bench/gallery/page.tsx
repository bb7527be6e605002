/**
 * Browser side of the gallery benchmark (bundled by run.ts with React's production build).
 * Each measurement is taken here with performance.now(), inside Chromium.
 */
import * as React from "react";
import * as ReactDOM from "react-dom";
import { SocialProfileGallery } from "../../controls/SocialProfileGallery";
import { mapColumns } from "../../controls/SocialProfileGallery/model/columns";
import { readProfile } from "../../controls/SocialProfileGallery/model/readProfile";
import { FakeDataset, makeGalleryContext, makeProfiles } from "../../simulator/pcfHost/datasetContext";
import { NaiveGallery } from "./naiveGallery";

export type Kind = "virtual" | "naive";

export interface Measurement {
  renderMs: number;
  appendPageMs: number;
  unchangedUpdateMs: number;
  scrollToEndMs: number;
  domElements: number;
  domElementsAfterScroll: number;
}

declare global {
  interface Window {
    galleryStrings: Record<string, string>;
    runGalleryBench(kind: Kind, loaded: number, pageSize: number): Promise<Measurement>;
  }
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const layout = (): number => document.body.offsetHeight;

/** The host's part: init once, then updateView → render for each change. */
function createHost(kind: Kind, dataset: FakeDataset, container: HTMLElement) {
  const getString = (key: string) => window.galleryStrings[key] ?? key;
  const context = makeGalleryContext(
    { dataset, getString, allocatedWidth: 1200, scrollHeight: 520, pageSize: dataset.paging.pageSize },
    () => undefined,
  );
  const control = new SocialProfileGallery();
  if (kind === "virtual") control.init(context as never);
  const columns = mapColumns(dataset.columns);
  const updateView = (): React.ReactElement =>
    kind === "virtual"
      ? control.updateView(context as never)
      : React.createElement(NaiveGallery, {
          profiles: dataset.sortedRecordIds.map((id) => readProfile(dataset.records[id], columns)),
          getString,
          height: 520,
        });
  return {
    render: (): void => {
      ReactDOM.render(updateView(), container);
    },
  };
}

window.runGalleryBench = async (kind, loaded, pageSize) => {
  const container = document.getElementById("root")!;
  // The view holds `loaded` records and the server one more page.
  const dataset = new FakeDataset({ records: makeProfiles(loaded + pageSize), pageSize, loadedPages: loaded / pageSize, manual: true });
  const host = createHost(kind, dataset, container);
  await nextFrame();

  let start = performance.now();
  host.render();
  layout();
  const renderMs = performance.now() - start;
  const domElements = document.getElementsByTagName("*").length;
  await nextFrame();

  start = performance.now();
  host.render();
  layout();
  const unchangedUpdateMs = performance.now() - start;
  await nextFrame();

  start = performance.now();
  dataset.paging.loadNextPage();
  host.render(); // loading
  dataset.settle();
  host.render(); // the page arrived
  layout();
  const appendPageMs = performance.now() - start;
  await nextFrame();

  const scroller = container.querySelector<HTMLElement>("[role='grid'], [data-naive-scroller]")!;
  start = performance.now();
  scroller.scrollTop = scroller.scrollHeight;
  scroller.dispatchEvent(new Event("scroll"));
  layout();
  await nextFrame();
  layout();
  const scrollToEndMs = performance.now() - start;
  const domElementsAfterScroll = document.getElementsByTagName("*").length;

  ReactDOM.unmountComponentAtNode(container);
  return { renderMs, appendPageMs, unchangedUpdateMs, scrollToEndMs, domElements, domElementsAfterScroll };
};
