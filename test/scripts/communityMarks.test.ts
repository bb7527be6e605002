/** @jest-environment node */
import { readFileSync } from "node:fs";
import { COMMUNITY_MARKS_SVG, markFill, renderCommunityMarks } from "../../scripts/communityMarks";

describe("controls/common/img/communityMarks.svg", () => {
  it("is what scripts/communityMarks.ts makes from the installed simple-icons (run `npx tsx scripts/communityMarks.ts` after upgrading it or changing the catalog's marks)", () => {
    expect(readFileSync(COMMUNITY_MARKS_SVG, "utf8")).toBe(renderCommunityMarks());
  });

  it("fills near-black brand colours with the text colour, others with the brand colour", () => {
    expect(markFill("000000")).toBe("currentColor");
    expect(markFill("0a0a0a")).toBe("currentColor");
    expect(markFill("0866ff")).toBe("#0866FF");
    expect(markFill("25D366")).toBe("#25D366");
  });
});
