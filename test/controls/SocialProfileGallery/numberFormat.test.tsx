import { screen } from "@testing-library/react";
import { makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { cells, mountGallery, unmountAll } from "./harness";

/**
 * The gallery writes numbers in the user's Dataverse format (userSettings.numberFormattingInfo,
 * context.formatting), as the form's card does, not in the UI language's: a user may read the UI
 * in English and keep German number formats (Personalization settings → Formats).
 */
describe("SocialProfileGallery number format", () => {
  afterEach(unmountAll);

  const records = (count: number) => {
    const profiles = makeProfiles(count);
    Object.assign(profiles[0].values, { msdyn_ocfollowercount: 1_234_567, influencescore: 1234.5 });
    return profiles;
  };

  it("formats card counts and scores with the user's separators, not the UI language's", () => {
    const gallery = mountGallery({
      dataset: { records: records(3) },
      cardLayout: "full",
      languageId: 1033,
      separators: { group: ".", decimal: "," },
    });
    const first = cells(gallery.container)[0];
    expect(first.querySelector('[data-exact="1.234.567"]')).not.toBeNull();
    expect(first).toHaveTextContent("1,2M");
    expect(first).toHaveTextContent("1.234,5");
    expect(first).not.toHaveTextContent("1,234,567");
  });

  it("writes the status line's totals in the user's format", () => {
    mountGallery({
      dataset: { records: records(2000), pageSize: 500, loadedPages: 4 },
      languageId: 1033,
      separators: { group: ".", decimal: "," },
    });
    expect(screen.getByText("2.000 of 2.000 profiles")).toBeInTheDocument();
  });

  it("follows the user's format in another UI language too (French UI, apostrophe groups)", () => {
    const gallery = mountGallery({ dataset: { records: records(3) }, languageId: 1036, separators: { group: "'", decimal: "." } });
    expect(cells(gallery.container)[0].querySelector("[data-exact=\"1'234'567\"]")).not.toBeNull();
  });
});
