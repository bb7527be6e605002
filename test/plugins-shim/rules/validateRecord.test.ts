/** @jest-environment node */
import fc from "fast-check";
import { TABLES, getTable, socialprofile, msdyn_ocwhatsappchannelaccount } from "../../../plugins-shim/schema";
import { validateRecord } from "../../../plugins-shim/rules";
import { creatableColumns, invalidCases, validRecord } from "./arbitraries";

const tables = Object.values(TABLES);

describe.each(tables.map((t) => [t.logicalName, t] as const))("validateRecord(%s)", (_name, table) => {
  it("never throws on random records", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.anything()),
        fc.constantFrom("create", "update") as fc.Arbitrary<"create" | "update">,
        (record, operation) => {
          expect(Array.isArray(validateRecord(table, record, { operation }))).toBe(true);
        },
      ),
    );
  });

  it("finds nothing wrong with any valid record", () => {
    fc.assert(
      fc.property(validRecord(table), (record) => {
        expect(validateRecord(table, record)).toEqual([]);
      }),
    );
  });

  const cases = creatableColumns(table).flatMap((column) =>
    invalidCases(column).map((c) => [column.logicalName, c.code, c.value] as const),
  );

  it.each(cases.map(([column, code, value]) => [column, code, value]))(
    "reports %s as %s for every generated invalid value",
    (column, code, value) => {
      fc.assert(
        fc.property(validRecord(table), value, (record, bad) => {
          const diagnostics = validateRecord(table, { ...record, [column]: bad });
          expect(diagnostics).toEqual([expect.objectContaining({ column, code })]);
        }),
        { numRuns: 40 },
      );
    },
  );
});

describe("validateRecord specifics", () => {
  it("follows the metadata's required level: nothing is required on socialprofile", () => {
    expect(validateRecord(socialprofile, {})).toEqual([]);
  });

  it("reports each application-required WhatsApp column on create", () => {
    const columns = validateRecord(msdyn_ocwhatsappchannelaccount, {}).map((d) => [d.column, d.code]);
    expect(columns).toEqual(
      expect.arrayContaining([
        ["msdyn_name", "required"],
        ["msdyn_provideraccountid", "required"],
      ]),
    );
    expect(columns.map(([c]) => c)).not.toContain("msdyn_twilioinboundurl");
    expect(columns.map(([c]) => c)).not.toContain("ownerid");
  });

  it("treats the plain auth token as filled when the column-secured one is, not the other way round", () => {
    const token = "0123456789abcdef0123456789ABCDEF";
    const base = { msdyn_name: "Contoso", msdyn_provideraccountid: `AC${"0".repeat(32)}`, msdyn_providertype: 192350000 };
    expect(validateRecord(msdyn_ocwhatsappchannelaccount, { ...base, msdyn_secureauthenticationtoken: token })).toEqual([]);
    expect(
      validateRecord(msdyn_ocwhatsappchannelaccount, { ...base, msdyn_secureauthenticationtoken: token, msdyn_authenticationtoken: null }),
    ).toEqual([]);
    expect(
      validateRecord(msdyn_ocwhatsappchannelaccount, { ...base, msdyn_authenticationtoken: token }).map((d) => [d.column, d.code]),
    ).toEqual([["msdyn_secureauthenticationtoken", "required"]]);
    expect(
      validateRecord(msdyn_ocwhatsappchannelaccount, base)
        .map((d) => d.column)
        .sort(),
    ).toEqual(["msdyn_authenticationtoken", "msdyn_secureauthenticationtoken"]);
  });

  it("requires the WhatsApp account's provider type, one of Twilio, Azure Communication Services, Meta (issue 20 item 2)", () => {
    const token = "0123456789abcdef0123456789ABCDEF";
    const account = { msdyn_name: "Contoso", msdyn_provideraccountid: `AC${"0".repeat(32)}`, msdyn_secureauthenticationtoken: token };
    expect(validateRecord(msdyn_ocwhatsappchannelaccount, account).map((d) => [d.column, d.code])).toEqual([
      ["msdyn_providertype", "required"],
    ]);
    for (const provider of [192350000, 192350001, 192350002]) {
      expect(validateRecord(msdyn_ocwhatsappchannelaccount, { ...account, msdyn_providertype: provider })).toEqual([]);
    }
    expect(
      validateRecord(msdyn_ocwhatsappchannelaccount, { ...account, msdyn_providertype: 192350003 }).map((d) => [d.column, d.code]),
    ).toEqual([["msdyn_providertype", "choice"]]);
  });

  it("checks only present columns on update, and refuses create-only ones", () => {
    expect(validateRecord(msdyn_ocwhatsappchannelaccount, { msdyn_name: "Contoso" }, { operation: "update" })).toEqual([]);
    expect(validateRecord(socialprofile, { community: 1 }, { operation: "update" })).toEqual([
      expect.objectContaining({ column: "community", code: "type", messageKey: "validation.createOnly" }),
    ]);
  });

  it("refuses statecode on create and a status reason of another state", () => {
    expect(validateRecord(socialprofile, { statecode: 0 })).toEqual([
      expect.objectContaining({ column: "statecode", messageKey: "validation.notValidForCreate" }),
    ]);
    expect(validateRecord(socialprofile, { statecode: 0, statuscode: 2 }, { operation: "update" })).toEqual([
      expect.objectContaining({ column: "statuscode", code: "choice", messageKey: "validation.choice.statusForState" }),
    ]);
  });

  it("reads lookups written with @odata.bind and read as _x_value", () => {
    const id = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
    expect(validateRecord(socialprofile, { "customerid_contact@odata.bind": `/contacts(${id})` })).toEqual([]);
    expect(validateRecord(socialprofile, { _customerid_value: id }, { shape: "read" })).toEqual([]);
    expect(validateRecord(socialprofile, { "customerid_contact@odata.bind": "contacts/42" })).toEqual([
      expect.objectContaining({ column: "customerid", code: "format" }),
    ]);
    expect(validateRecord(socialprofile, { customerid: { id, entityType: "systemuser" } })).toEqual([
      expect.objectContaining({ column: "customerid", messageKey: "validation.lookupPlainName" }),
    ]);
  });

  it("names unknown columns and ignores OData annotations", () => {
    expect(
      validateRecord(socialprofile, {
        nosuchcolumn: 1,
        "@odata.etag": 'W/"1"',
        "community@OData.Community.Display.V1.FormattedValue": "X",
      }),
    ).toEqual([expect.objectContaining({ column: "nosuchcolumn", code: "type", messageKey: "validation.unknownColumn" })]);
  });

  it("puts the limit and the actual length in maxLength params", () => {
    const limit = socialprofile.columns.profilelink.maxLength!;
    const link = `https://example.com/${"x".repeat(limit)}`;
    expect(validateRecord(socialprofile, { profilelink: link })).toEqual([
      { column: "profilelink", code: "maxLength", messageKey: "validation.maxLength", params: { max: limit, actual: link.length } },
    ]);
  });

  it("matches the Twilio patterns against the value as it would be stored: spaces around a SID are refused", () => {
    const sid = `  AC${"a1".repeat(16)} `;
    expect(validateRecord(msdyn_ocwhatsappchannelaccount, { msdyn_provideraccountid: sid }, { operation: "update" })).toEqual([
      expect.objectContaining({ column: "msdyn_provideraccountid", messageKey: "validation.format.accountSid" }),
    ]);
    expect(validateRecord(msdyn_ocwhatsappchannelaccount, { msdyn_provideraccountid: sid.trim() }, { operation: "update" })).toEqual([]);
  });

  it("looks tables up by logical name and refuses unknown ones", () => {
    expect(getTable("socialprofile")).toBe(socialprofile);
    expect(getTable("toString")).toBeUndefined();
    expect(() => validateRecord("nosuchtable", {})).toThrow(/Unknown table/);
  });
});
