import { makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { mountGallery, unmountAll } from "./harness";

// Counts React commits under the view: a Profiler inside a thin wrapper that re-renders only
// when the control hands React a new element.
const mockCommits = { count: 0 };
jest.mock("../../../controls/SocialProfileGallery/view/GalleryView", () => {
  const React = jest.requireActual("react");
  const actual = jest.requireActual("../../../controls/SocialProfileGallery/view/GalleryView");
  const Counted = (props: object) =>
    React.createElement(
      React.Profiler,
      { id: "gallery", onRender: () => (mockCommits.count += 1) },
      React.createElement(actual.GalleryView, props),
    );
  return { GalleryView: Counted };
});

describe("SocialProfileGallery updateView", () => {
  afterEach(unmountAll);

  it("makes no React commit when the data did not change", async () => {
    const gallery = mountGallery({ count: 200 });
    await gallery.flush();
    const before = mockCommits.count;
    const element = gallery.elements.at(-1);
    gallery.render();
    gallery.render();
    expect(gallery.elements.at(-1)).toBe(element);
    expect(mockCommits.count).toBe(before);
  });

  it("makes no commit when the host hands back new record objects with the same values", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(60), pageSize: 25, recreateRecords: true } });
    await gallery.flush();
    const before = mockCommits.count;
    const element = gallery.elements.at(-1);
    // A refresh with the same query re-creates every record object.
    gallery.dataset.refresh();
    await gallery.flush();
    // Loading → loaded re-renders the view, but every row keeps its identity: cards do not re-render.
    const propsOf = (value: unknown) => (value as { props: { rows: unknown } }).props;
    expect(propsOf(gallery.elements.at(-1)).rows).toBe(propsOf(element).rows);
    expect(mockCommits.count).toBeGreaterThan(before);
    const settled = mockCommits.count;
    gallery.render();
    expect(mockCommits.count).toBe(settled);
  });

  it("renders again when a record's value changes", async () => {
    const gallery = mountGallery({ dataset: { records: makeProfiles(10), pageSize: 25, recreateRecords: true } });
    await gallery.flush();
    const element = gallery.elements.at(-1);
    gallery.dataset.setSourceValues(gallery.dataset.sortedRecordIds[0], { profilefullname: "Renamed Person" });
    gallery.dataset.refresh();
    await gallery.flush();
    expect(gallery.elements.at(-1)).not.toBe(element);
    expect(gallery.container).toHaveTextContent("Renamed Person");
  });
});
