/** @jest-environment node */
import fc from "fast-check";
import { IN_MEMORY_ORGANIZATION_URI, IN_MEMORY_WEB_API_PATH, InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { OrganizationErrorCodes } from "../../../simulator/organization/dataverseErrors";
import { KeyValue, parseBindValue, validateRecord } from "../../../plugins-shim/rules";
import { socialactivity, socialprofile } from "../../../plugins-shim/schema";

/**
 * Binds by alternate key, as Microsoft's "Use an alternate key to reference a record"
 * (MicrosoftDocs/powerapps-docs, developer/data-platform/use-alternate-key-reference-record.md)
 * writes them, and the OData key grammar (compoundKey, string with '' for a quote) — issue 21 item 6.
 */
const ID = "2f9c5a5e-1b7e-4e3a-9d4b-1a2b3c4d5e6f";
/** An absolute Web API address (a test of that form, not a call to an endpoint). */
const WEB_API = `${IN_MEMORY_ORGANIZATION_URI}${IN_MEMORY_WEB_API_PATH}`;

describe("binds by alternate key", () => {
  it("accepts the page's examples and the key grammar (quoted text with '' escapes, numbers, GUIDs)", () => {
    const contact = [
      `/contacts(contactid=${ID})`,
      "/contacts(emailaddress1='abc@example.com')",
      "/contacts(firstname='Joe',emailaddress1='abc@example.com')",
      "contacts(lastname='O''Brien, (Jr.)')",
      "/contacts(lastname='')",
      "/contacts(new_number=-12.5e3,new_code=7)",
      `/contacts(_parentcustomerid_value=${ID})`,
      `${WEB_API}contacts(emailaddress1='a%20b@example.com')`,
      "/contacts(emailaddress1=%27abc@example.com%27)",
    ];
    for (const bind of contact) expect(validateRecord(socialprofile, { "customerid_contact@odata.bind": bind })).toEqual([]);
    expect(validateRecord(socialprofile, { "customerid_account@odata.bind": "/accounts(accountnumber='ABC123')" })).toEqual([]);
    // An alternate key fills a required lookup as an id does.
    expect(validateRecord(socialactivity, { "postauthoraccount_account@odata.bind": "/accounts(accountnumber='ABC123')" })).toEqual([]);
  });

  it("reads what the key names: an id (also by the primary key's name), or the key's columns and values", () => {
    expect(parseBindValue(`/contacts(contactid=${ID.toUpperCase()})`)).toEqual({
      entitySet: "contacts",
      key: [["contactid", { kind: "guid", value: ID }]],
    });
    expect(parseBindValue("/contacts(firstname='Joe',lastname='O''Brien',new_n=42)")).toEqual({
      entitySet: "contacts",
      key: [
        ["firstname", { kind: "string", value: "Joe" }],
        ["lastname", { kind: "string", value: "O'Brien" }],
        ["new_n", { kind: "number", text: "42" }],
      ],
    });
  });

  it("refuses what the grammar doesn't make, with a message that shows the column's own entity set", () => {
    const bad = [
      "/accounts(accountnumber='ABC123)",
      "/accounts(accountnumber='A'B')",
      "/accounts(accountnumber=ABC123)",
      "/accounts(accountnumber='A',accountnumber='B')",
      "/accounts(='A')",
      "/accounts(accountnumber='A',)",
      "/accounts(accountnumber='A' )",
      "/accounts(1bad='A')",
      "/accounts(accountnumber=1.)",
      "/accounts()",
    ];
    for (const bind of bad) {
      expect(validateRecord(socialprofile, { "customerid_account@odata.bind": bind })).toEqual([
        { column: "customerid", code: "format", messageKey: "validation.format.bind", params: { set: "accounts" } },
      ]);
    }
    // Users and teams can't be named by a named primary key (the page's note): their key is the principal's.
    for (const bind of [`/systemusers(systemuserid=${ID})`, `/teams(ownerid=${ID})`]) {
      expect(validateRecord(socialprofile, { "ownerid@odata.bind": bind })).toEqual([
        expect.objectContaining({ messageKey: "validation.format.bind", params: { set: "systemusers" } }),
      ]);
    }
  });

  const keyName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/);
  const keyValue: fc.Arbitrary<KeyValue> = fc.oneof(
    fc.string({ maxLength: 30 }).map((value) => ({ kind: "string" as const, value })),
    fc
      .tuple(fc.integer(), fc.option(fc.nat(), { nil: undefined }), fc.option(fc.integer({ min: -300, max: 300 }), { nil: undefined }))
      .map(([whole, fraction, exponent]) => ({
        kind: "number" as const,
        text: `${whole}${fraction === undefined ? "" : `.${fraction}`}${exponent === undefined ? "" : `e${exponent}`}`,
      })),
    fc.uuid().map((value) => ({ kind: "guid" as const, value })),
  );
  const literal = (value: KeyValue) =>
    value.kind === "string" ? `'${value.value.replace(/'/g, "''")}'` : value.kind === "number" ? value.text : value.value;

  it("accepts every key the grammar builds and reads it back as written, relative or absolute (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(keyName, keyValue), { minLength: 1, maxLength: 4, selector: ([name]) => name }),
        fc.boolean(),
        (pairs, absolute) => {
          const predicate = pairs.map(([name, value]) => `${name}=${literal(value)}`).join(",");
          // In a URI, a key's text is percent-encoded (a "/", "%" or space can't stand in a path segment as is).
          const bind = `${absolute ? WEB_API : "/"}accounts(${encodeURIComponent(predicate)})`;
          expect(parseBindValue(bind)).toEqual({ entitySet: "accounts", key: pairs });
          expect(validateRecord(socialprofile, { "customerid_account@odata.bind": bind })).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the in-memory organization resolves a bind by alternate key", () => {
  it("to the row whose key columns hold the values (text without case), when the table defines that key", async () => {
    // Alternate keys as an organization defines them ("Define alternate keys to reference rows").
    const org = new InMemoryDataverse({ alternateKeys: { contact: [["lastname"], ["firstname", "lastname"]] } });
    const [obrien, joe] = org.seed("contact", [{ lastname: "O'Brien" }, { firstname: "Joe", lastname: "Smith" }]);
    const stored = async (bind: string) => {
      const { id } = await org.createRecord("socialprofile", { "customerid_contact@odata.bind": bind });
      return (await org.retrieveRecord("socialprofile", id, "?$select=_customerid_value"))._customerid_value;
    };
    expect(await stored("/contacts(lastname='o''brien')")).toBe(obrien);
    expect(await stored("/contacts(lastname='Smith',firstname='Joe')")).toBe(joe);
    expect(await stored(`/contacts(contactid=${joe.toUpperCase()})`)).toBe(joe);
    await expect(
      org.createRecord("socialprofile", { "customerid_contact@odata.bind": "/contacts(lastname='Nobody')" }),
    ).rejects.toMatchObject({
      errorCode: OrganizationErrorCodes.ObjectDoesNotExist,
      status: 404,
    });
    await expect(
      org.createRecord("socialprofile", { "customerid_contact@odata.bind": "/contacts(firstname='Joe')" }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.contact'"),
    });
    // A defined alternate key is unique: a second row with the same values is refused.
    await expect(org.createRecord("contact", { lastname: "SMITH", firstname: "joe" })).rejects.toMatchObject({ errorCode: 0x80060892 });
  });
});
