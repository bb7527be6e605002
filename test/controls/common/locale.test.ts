/** @jest-environment node */
import { directionOf, localeFromLcid } from "../../../controls/common/locale";
import { ALL_COUNTS, countsFor, layoutFor } from "../../../controls/common/countOptions";

describe("locale and direction", () => {
  it("maps the shipped languages to Intl locales", () => {
    expect([1033, 1036, 1031, 1041, 1025].map(localeFromLcid)).toEqual(["en-US", "fr-FR", "de-DE", "ja-JP", "ar-SA"]);
  });
  it("is right-to-left for Arabic even when the host flag is false, and when the host says so", () => {
    expect(directionOf(1025, false)).toBe("rtl");
    expect(directionOf(1033, true)).toBe("rtl");
    expect(directionOf(1033, false)).toBe("ltr");
  });
});

describe("maker options", () => {
  it("maps the counts option and defaults unknown values to all counts", () => {
    expect(countsFor("followers")).toEqual(["followers"]);
    expect(countsFor("none")).toEqual([]);
    expect(countsFor("bogus")).toEqual(["followers", "following", "friends"]);
    expect(countsFor(undefined)).toBe(countsFor("all"));
  });
  it('shows every count for "all", the gallery\'s fixed choice', () => {
    expect(countsFor("all")).toBe(ALL_COUNTS);
    expect(ALL_COUNTS).toEqual(["followers", "following", "friends"]);
  });
  it("defaults the layout to full", () => {
    expect(layoutFor("compact")).toBe("compact");
    expect(layoutFor(null)).toBe("full");
  });
});
