/** @jest-environment node */
import fc from "fast-check";
import { readProfile } from "../../../controls/SocialProfileCard/readProfile";
import type { IInputs } from "../../../controls/SocialProfileCard/generated/ManifestTypes";
import { channelHandle } from "../../../controls/common/channelHandle";
import { communityLabel } from "../../../controls/common/communityCatalog";
import { BINDABLE_PROFILE_COLUMNS } from "../../../controls/common/profileData";

// The card's bound properties, as the manifest and the gallery's property-sets name them.
const PROPERTIES = BINDABLE_PROFILE_COLUMNS;
const inputs = (values: Record<string, { raw: unknown; formatted?: unknown }>) => values as unknown as IInputs;

describe("reading the card's bound columns", () => {
  it("reads a lookup's name, and only a string name", () => {
    expect(
      readProfile(inputs({ twitterHandle: { raw: [{ id: "1", name: "contoso", entityType: "msdyn_octwitterhandle" }] } })).twitterHandle,
    ).toBe("contoso");
    expect(readProfile(inputs({ twitterHandle: { raw: [null] } })).twitterHandle).toBeNull();
    expect(readProfile(inputs({ twitterHandle: { raw: [{ name: 42 }] } })).twitterHandle).toBeNull();
    expect(readProfile(inputs({ community: { raw: 2, formatted: 2 } })).communityFormatted).toBeNull();
  });

  it("never throws on whatever a host hands, and what it reads renders", () => {
    const property = fc.record({ raw: fc.anything({ withNullPrototype: true }), formatted: fc.anything() }, { requiredKeys: ["raw"] });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PROPERTIES), property), (values) => {
        const profile = readProfile(inputs(values));
        for (const value of Object.values(profile)) expect(["string", "number", "boolean", "object"]).toContain(typeof value);
        channelHandle(profile);
        if (profile.community !== null)
          expect(typeof communityLabel(profile.community, (key) => key, profile.communityFormatted)).toBe("string");
      }),
    );
  });
});
