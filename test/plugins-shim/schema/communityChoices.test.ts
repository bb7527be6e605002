/** @jest-environment node */
import { COMMUNITY_CHOICES, COMMUNITY_LABEL_KEYS, Community, socialprofile } from "../../../plugins-shim/schema";

/**
 * The controls take a community's value and .resx key from COMMUNITY_LABEL_KEYS
 * (socialprofileChoices.ts); the metadata's English labels are added in socialprofile.ts only.
 */
describe("community choices", () => {
  it("give every community value, named and keyed, its English label", () => {
    expect(COMMUNITY_CHOICES.map((choice) => choice.value)).toEqual(COMMUNITY_LABEL_KEYS.map((choice) => choice.value));
    expect(COMMUNITY_CHOICES.map((choice) => choice.value)).toEqual(Object.values(Community));
    for (const choice of COMMUNITY_CHOICES) {
      expect(choice.label).toMatch(/\S/);
      expect(choice.labelKey).toBe(COMMUNITY_LABEL_KEYS.find((keyed) => keyed.value === choice.value)!.labelKey);
    }
  });

  it("are the community column's choices, with the labels as in the metadata", () => {
    expect(socialprofile.columns.community.choices).toBe(COMMUNITY_CHOICES);
    expect(COMMUNITY_CHOICES.slice(0, 3)).toEqual([
      { value: 0, label: "Other", labelKey: "community.other" },
      { value: 1, label: "Facebook", labelKey: "community.facebook" },
      { value: 2, label: "Twitter", labelKey: "community.twitter" },
    ]);
    expect(COMMUNITY_CHOICES.find((choice) => choice.value === Community.GoogleBusinessMessages)).toEqual({
      value: 17,
      label: "Google's Business Messages",
      labelKey: "community.googleBusinessMessages",
    });
  });
});
