/** @jest-environment node */
import { contact, msdyn_ocwhatsappchannelaccount, socialactivity, socialprofile } from "../../../plugins-shim/schema";
import { parseBindValue, validateRecord } from "../../../plugins-shim/rules";

const ID = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
const valid = { profilename: "contoso", community: 2 };

describe("lookups typed from the schema (write shape: a create as the Web API takes it)", () => {
  it("refuses _x_value on create with a message that names the @odata.bind form", () => {
    expect(validateRecord(socialprofile, { ...valid, _customerid_value: ID })).toEqual([
      {
        column: "customerid",
        code: "type",
        messageKey: "validation.lookupReadForm",
        params: { key: "_customerid_value", bind: "customerid_account@odata.bind / customerid_contact@odata.bind" },
      },
    ]);
  });

  it("refuses a lookup under its plain name, whatever its value, in both shapes, naming the keys to use (issue 21 item 4)", () => {
    const cases: [typeof socialprofile, Record<string, unknown>, string, string][] = [
      [socialprofile, { customerid: ID }, "customerid_account@odata.bind / customerid_contact@odata.bind", "_customerid_value"],
      [
        socialprofile,
        { customerid: { id: ID, entityType: "contact" } },
        "customerid_account@odata.bind / customerid_contact@odata.bind",
        "_customerid_value",
      ],
      [socialprofile, { ownerid: ID }, "ownerid@odata.bind", "_ownerid_value"],
      [socialprofile, { msdyn_octwitterhandleid: ID }, "msdyn_octwitterhandleid@odata.bind", "_msdyn_octwitterhandleid_value"],
      [socialactivity, { postfromprofileid: null }, "postfromprofileid@odata.bind", "_postfromprofileid_value"],
    ];
    for (const [table, lookup, bind, read] of cases) {
      const [key] = Object.keys(lookup);
      const expected = [{ column: key, code: "type", messageKey: "validation.lookupPlainName", params: { key, bind, read } }];
      const withRequired = table === socialactivity ? { "postauthoraccount_contact@odata.bind": `/contacts(${ID})` } : {};
      expect(validateRecord(table, { ...withRequired, ...lookup })).toEqual(expected);
      expect(validateRecord(table, { ...withRequired, ...lookup }, { operation: "update" })).toEqual(expected);
      expect(validateRecord(table, lookup, { shape: "read" })).toEqual(expected);
    }
  });

  it("never takes _x_value for a column that is no lookup: _msdyn_name_value doesn't fill the required name", () => {
    const found = validateRecord(msdyn_ocwhatsappchannelaccount, {
      _msdyn_name_value: "Contoso",
      msdyn_provideraccountid: `AC${"a".repeat(32)}`,
      msdyn_secureauthenticationtoken: "b".repeat(32),
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "_msdyn_name_value", messageKey: "validation.unknownColumn" }),
        expect.objectContaining({ column: "msdyn_name", code: "required" }),
      ]),
    );
  });

  it("takes x@odata.bind only on lookup columns", () => {
    expect(validateRecord(socialprofile, { ...valid, "profilename@odata.bind": `/contacts(${ID})` })).toEqual([
      expect.objectContaining({ column: "profilename", messageKey: "validation.bindNotLookup" }),
    ]);
    // A customer column binds per target table: customerid_contact, never customerid alone.
    expect(validateRecord(socialprofile, { ...valid, "customerid@odata.bind": `/contacts(${ID})` })).toEqual([
      expect.objectContaining({ messageKey: "validation.bindNotLookup" }),
    ]);
  });

  it("checks each bind's entity set against the column's targets", () => {
    const wrong = [
      { "ownerid@odata.bind": `/contacts(${ID})` },
      { "customerid_contact@odata.bind": `/accounts(${ID})` },
      { "customerid_account@odata.bind": `/socialprofiles(${ID})` },
    ];
    for (const bind of wrong) {
      expect(validateRecord(socialprofile, { ...valid, ...bind })).toEqual([
        expect.objectContaining({ code: "choice", messageKey: "validation.choice.target" }),
      ]);
    }
    expect(
      validateRecord(socialprofile, {
        ...valid,
        "ownerid@odata.bind": `/teams(${ID})`,
        "customerid_account@odata.bind": `accounts(${ID})`,
      }),
    ).toEqual([]);
  });

  it("takes relative and absolute bind URIs alike, and nothing else", () => {
    const ok = [
      `/contacts(${ID})`,
      `contacts(${ID})`,
      `/contacts({${ID.toUpperCase()}})`,
      `https://contoso.crm.dynamics.com/api/data/v9.2/contacts(${ID})`,
    ];
    for (const uri of ok) expect(parseBindValue(uri)).toEqual({ entitySet: "contacts", id: ID });
    const bad = [
      "contacts/42",
      `/api/data/contacts(${ID})`,
      `https://contoso.crm.dynamics.com/contacts(${ID})`,
      `https://x.example/api/data/v9.2/contacts(${ID})?a=1`,
      `ftp://x/api/data/v9.2/contacts(${ID})`,
      `/contacts(${ID}`,
      `/(${ID})`,
    ];
    for (const uri of bad) expect(parseBindValue(uri)).toBeUndefined();
    expect(
      validateRecord(socialactivity, {
        "postauthoraccount_contact@odata.bind": `https://contoso.crm.dynamics.com/api/data/v9.2/contacts(${ID})`,
      }),
    ).toEqual([]);
  });

  it("resolves msdyn_x_contact-like navigation names by the whole name, not the first underscore", () => {
    // postauthoraccount_contact must resolve to postauthoraccount (not "postauthoraccount" cut at an underscore of a longer prefix).
    expect(validateRecord(socialactivity, { "postauthoraccount_contact@odata.bind": `/contacts(${ID})` })).toEqual([]);
    expect(
      validateRecord(socialactivity, {
        "postauthoraccount_x_contact@odata.bind": `/contacts(${ID})`,
        "postauthoraccount_contact@odata.bind": `/contacts(${ID})`,
      }),
    ).toEqual([expect.objectContaining({ column: "postauthoraccount_x_contact@odata.bind", messageKey: "validation.bindNotLookup" })]);
  });

  it("refuses a statuscode on create that doesn't belong to the state a record starts in", () => {
    expect(validateRecord(socialprofile, { ...valid, statuscode: 2 })).toEqual([
      expect.objectContaining({ column: "statuscode", messageKey: "validation.choice.statusForState", params: { value: 2, state: 0 } }),
    ]);
    expect(validateRecord(socialprofile, { ...valid, statuscode: 1 })).toEqual([]);
    expect(validateRecord(socialactivity, { "postauthoraccount_contact@odata.bind": `/contacts(${ID})`, statuscode: 1 })).toEqual([
      expect.objectContaining({ column: "statuscode", messageKey: "validation.choice.statusForState" }),
    ]);
  });
});

describe("lookups in the read shape (rows as the Web API returns them: --existing, seeding)", () => {
  it("takes _x_value on lookup columns only, with a GUID and a target table", () => {
    expect(
      validateRecord(
        socialprofile,
        { _customerid_value: ID, "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact" },
        { shape: "read" },
      ),
    ).toEqual([]);
    expect(validateRecord(socialprofile, { _customerid_value: "42" }, { shape: "read" })).toEqual([
      expect.objectContaining({ column: "customerid", code: "type" }),
    ]);
    expect(
      validateRecord(
        socialprofile,
        { _customerid_value: ID, "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser" },
        { shape: "read" },
      ),
    ).toEqual([expect.objectContaining({ column: "customerid", messageKey: "validation.choice.target" })]);
    expect(validateRecord(contact, { _lastname_value: "x" }, { shape: "read" })).toEqual([
      expect.objectContaining({ messageKey: "validation.unknownColumn" }),
    ]);
  });
});
