/** @jest-environment node */
import { socialprofile } from "../../../plugins-shim/schema";
import { validateRecord } from "../../../plugins-shim/rules";

const CONTACT = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
const ACCOUNT = "3f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
const valid = { profilename: "contoso", community: 2 };

describe("one column set by two keys", () => {
  it("refuses customerid_contact@odata.bind and customerid_account@odata.bind together, naming both", () => {
    const found = validateRecord(socialprofile, {
      ...valid,
      "customerid_contact@odata.bind": `/contacts(${CONTACT})`,
      "customerid_account@odata.bind": `/accounts(${ACCOUNT})`,
    });
    expect(found).toEqual([
      {
        column: "customerid",
        code: "format",
        messageKey: "validation.columnGivenTwice",
        params: { keys: "customerid_contact@odata.bind, customerid_account@odata.bind" },
      },
    ]);
  });

  it("refuses a bind and the read form of the same lookup in a row as returned (--existing)", () => {
    const found = validateRecord(
      socialprofile,
      { ...valid, _customerid_value: CONTACT, "customerid_account@odata.bind": `/accounts(${ACCOUNT})` },
      { shape: "read" },
    );
    expect(found).toContainEqual(expect.objectContaining({ column: "customerid", messageKey: "validation.columnGivenTwice" }));
  });

  it("takes one bind for a customer column", () => {
    expect(validateRecord(socialprofile, { ...valid, "customerid_account@odata.bind": `/accounts(${ACCOUNT})` })).toEqual([]);
  });
});
