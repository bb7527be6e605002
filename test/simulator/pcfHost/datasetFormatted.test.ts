/** @jest-environment node */
import { FakeEntityRecord } from "../../../simulator/pcfHost/datasetContext";

describe("the dataset fake's default formatted values", () => {
  const record = new FakeEntityRecord({
    id: "r1",
    values: {
      blocked: true,
      msdyn_customeroptout: false,
      msdyn_ocfollowercount: 1234567,
      influencescore: 1234.5,
      statecode: 1,
      community: 15,
      ownerid: { id: { guid: "u1" }, etn: "systemuser", name: "Ada Supervisor" },
      msdyn_octwitterhandleid: [{ id: "t", name: "@contoso" }],
      profilename: "ada",
      msdyn_phonenumber: null,
    },
    formatted: { community: "WhatsApp (org label)" },
  });

  it("gives labels, grouped numbers and lookup names, as a model-driven host would, never [object Object]", () => {
    expect(record.getFormattedValue("blocked")).toBe("Yes");
    expect(record.getFormattedValue("msdyn_customeroptout")).toBe("No");
    expect(record.getFormattedValue("msdyn_ocfollowercount")).toBe("1,234,567");
    expect(record.getFormattedValue("influencescore")).toBe("1,234.50");
    expect(record.getFormattedValue("statecode")).toBe("Inactive");
    expect(record.getFormattedValue("ownerid")).toBe("Ada Supervisor");
    expect(record.getFormattedValue("msdyn_octwitterhandleid")).toBe("@contoso");
    expect(record.getFormattedValue("profilename")).toBe("ada");
    expect(record.getFormattedValue("msdyn_phonenumber")).toBe("");
  });

  it("keeps a formatted value the test gave", () => {
    expect(record.getFormattedValue("community")).toBe("WhatsApp (org label)");
  });
});
