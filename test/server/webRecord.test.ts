/**
 * toWebRecord: an SDK entity's attributes as the Web API record validateRecord judges. Lookups bind
 * as `nav@odata.bind: "/set(id)"` ("Associate table rows on create", Web API docs): by the column's
 * name for owner and single-table lookups, by `column_table` for customer lookups.
 * @jest-environment node
 */
import fc from "fast-check";
import { socialprofile } from "../../plugins-shim/schema";
import { UnsupportedValue } from "../../server/sdkValues";
import { toWebRecord } from "../../server/webRecord";

const ID = "00000000-0000-0000-0000-0000000000a1";

describe("toWebRecord", () => {
  it("binds lookups by navigation property and entity set", () => {
    const { record, skipped } = toWebRecord(socialprofile, {
      customerid: { entityType: "contact", id: ID },
      ownerid: { entityType: "team", id: ID },
      msdyn_octwitterhandleid: { entityType: "msdyn_octwitterhandle", id: ID },
    });
    expect(record).toEqual({
      "customerid_contact@odata.bind": `/contacts(${ID})`,
      "ownerid@odata.bind": `/teams(${ID})`,
      "msdyn_octwitterhandleid@odata.bind": `/msdyn_octwitterhandles(${ID})`,
    });
    expect(skipped).toEqual([]);
  });

  it("clears a lookup set to null through its first navigation property", () => {
    expect(toWebRecord(socialprofile, { customerid: null, ownerid: null }).record).toEqual({
      "customerid_account@odata.bind": null,
      "ownerid@odata.bind": null,
    });
  });

  it("keeps plain columns' values as they are, even of the wrong type (validateRecord names it)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.constantFrom("profilefullname", "community", "blocked", "influencescore"),
        (value, column) => {
          expect(toWebRecord(socialprofile, { [column]: value })).toEqual({ record: { [column]: value }, skipped: [] });
        },
      ),
    );
    const reference = { entityType: "account", id: ID };
    expect(toWebRecord(socialprofile, { profilefullname: reference }).record).toEqual({ profilefullname: reference });
  });

  it("leaves out, and names, columns the schema does not know and values it cannot model", () => {
    const { record, skipped } = toWebRecord(socialprofile, {
      modifiedon: "2026-01-01T00:00:00.000Z",
      new_custom: 3,
      profilefullname: new UnsupportedValue("EntityCollection"),
      blocked: true,
    });
    expect(record).toEqual({ blocked: true });
    expect(skipped.sort()).toEqual(["modifiedon", "new_custom", "profilefullname"]);
  });
});
