/**
 * The gallery's index.ts hands the page's community pictures to its cards: one getResource for the
 * whole grid (the documented base64 answer, simulator/pcfHost/resourceFake.ts), each card drawing its
 * channel's mark from it. Its own file: the marks are cached per page (module), and the other
 * gallery files mount with pcf-start's content-less answer.
 */
import { COMMUNITY_MARKS_RESOURCE } from "../../../controls/common/communityMarks";
import { fileGetResource } from "../../../simulator/pcfHost/controlResources";
import { makeProfiles } from "../../../simulator/pcfHost/datasetContext";
import { simpleIcon } from "../../support/simpleIcons";
import { cells, mountGallery, unmountAll } from "./harness";

afterEach(unmountAll);

it("draws each card's brand mark from one getResource for the whole grid", async () => {
  const requests: string[] = [];
  // makeProfiles cycles the communities by index: record 1 is Facebook, record 2 Twitter (X).
  const gallery = mountGallery({
    dataset: { records: makeProfiles(20), pageSize: 25 },
    getResource: fileGetResource("documented", (id) => requests.push(id)),
  });
  await gallery.flush();
  const markOf = (index: number) => cells(gallery.container)[index].querySelector("[data-glyph='brand'] svg path");
  expect(markOf(1)).toHaveAttribute("d", simpleIcon("facebook").path);
  expect(markOf(2)).toHaveAttribute("d", simpleIcon("x").path);
  expect(requests).toEqual([COMMUNITY_MARKS_RESOURCE]);
});
