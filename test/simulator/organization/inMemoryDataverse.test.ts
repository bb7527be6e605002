/** @jest-environment node */
import { classifyError, ErrorCodes, nextPageOptions } from "../../../plugins-shim/client";
import { IN_MEMORY_ORGANIZATION_URI, IN_MEMORY_WEB_API_PATH, InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { OrganizationErrorCodes } from "../../../simulator/organization/dataverseErrors";
import { contact, msdyn_ocwhatsappchannelaccount, socialprofile } from "../../../plugins-shim/schema";
import { fixtureNamed } from "../../../simulator/pcfHost/platformErrors";

const SID = `AC${"a".repeat(32)}`;
const TOKEN = "b".repeat(32);
const account = (overrides: Record<string, unknown> = {}) => ({
  msdyn_name: "Contoso WhatsApp",
  msdyn_provideraccountid: SID,
  msdyn_secureauthenticationtoken: TOKEN,
  ...overrides,
});

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { errorCode: number; message: string; status?: number };
  }
  throw new Error("expected a rejection");
};

describe("InMemoryDataverse create", () => {
  it("reads, updates and deletes a record by its id in any GUID form (braces, upper case), as Guid.Parse accepts it", async () => {
    const org = new InMemoryDataverse();
    const { id } = await org.createRecord("socialprofile", { profilename: "contoso", community: 2 });
    const braced = `{${id.toUpperCase()}}`;
    expect((await org.retrieveRecord("socialprofile", braced)).profilename).toBe("contoso");
    expect(await org.updateRecord("socialprofile", braced, { profilename: "renamed" })).toEqual({ id, entityType: "socialprofile" });
    expect((await org.retrieveRecord("socialprofile", id)).profilename).toBe("renamed");
    expect(await org.deleteRecord("socialprofile", braced)).toEqual({ id, entityType: "socialprofile" });
    expect((await org.retrieveMultipleRecords("socialprofile", "")).entities).toHaveLength(0);
  });

  it("generates a lowercase GUID, fills state/status defaults and returns copies", async () => {
    const org = new InMemoryDataverse();
    const { id, entityType } = await org.createRecord("socialprofile", { profilename: "contoso", community: 2 });
    expect(entityType).toBe("socialprofile");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const record = await org.retrieveRecord("socialprofile", id);
    expect(record).toMatchObject({ socialprofileid: id, profilename: "contoso", statecode: 0, statuscode: 1, blocked: false });
    record.profilename = "changed";
    expect((await org.retrieveRecord("socialprofile", id)).profilename).toBe("contoso");
  });

  it("rejects a value that is too long with 0x80044331 naming the column and the limit", async () => {
    const org = new InMemoryDataverse();
    const max = socialprofile.columns.profilelink.maxLength!;
    const error = await rejection(org.createRecord("socialprofile", { profilelink: `https://x.example/${"a".repeat(max)}` }));
    expect(error.errorCode).toBe(ErrorCodes.ValueTooLong);
    expect(error.message).toContain("profilelink");
    expect(error.message).toContain(String(max));
  });

  it("rejects other schema violations as business errors and stores nothing", async () => {
    const org = new InMemoryDataverse();
    for (const data of [{ community: 99 }, { statecode: 0 }, { influencescore: -1 }, { nosuchcolumn: 1 }]) {
      const error = await rejection(org.createRecord("socialprofile", data));
      expect(error.errorCode).toBe(ErrorCodes.BusinessRule);
    }
    expect((await org.retrieveMultipleRecords("socialprofile")).entities).toHaveLength(0);
  });

  it("follows the server on application-required columns unless asked to act like the form", async () => {
    const server = new InMemoryDataverse();
    await expect(server.createRecord("msdyn_ocwhatsappchannelaccount", {})).resolves.toBeDefined();
    const form = new InMemoryDataverse({ requiredLevel: "form" });
    const error = await rejection(form.createRecord("msdyn_ocwhatsappchannelaccount", {}));
    expect(error.errorCode).toBe(ErrorCodes.BusinessRule);
    expect(error.message).toContain("msdyn_name");
  });

  it("acting like the form, requires a WhatsApp account's provider type (issue 20 item 2)", async () => {
    const form = new InMemoryDataverse({ requiredLevel: "form" });
    const error = await rejection(form.createRecord("msdyn_ocwhatsappchannelaccount", account()));
    expect(error.errorCode).toBe(ErrorCodes.BusinessRule);
    expect(error.message).toContain("msdyn_providertype");
    await expect(form.createRecord("msdyn_ocwhatsappchannelaccount", account({ msdyn_providertype: 192350000 }))).resolves.toBeDefined();
  });

  it("detects duplicate WhatsApp accounts by name (0x80040237) and Account SID (0x80040333)", async () => {
    const org = new InMemoryDataverse();
    await org.createRecord("msdyn_ocwhatsappchannelaccount", account());
    const byName = await rejection(
      org.createRecord(
        "msdyn_ocwhatsappchannelaccount",
        account({ msdyn_name: " contoso whatsapp ", msdyn_provideraccountid: `AC${"c".repeat(32)}` }),
      ),
    );
    expect(byName).toMatchObject({ errorCode: ErrorCodes.DuplicateRecord, status: 412 });
    const bySid = await rejection(org.createRecord("msdyn_ocwhatsappchannelaccount", account({ msdyn_name: "Other" })));
    // "Detect duplicate data using the Web API": HTTP 500 and this text, on create and on update.
    const rule = { ...(fixtureNamed("duplicate detection rule").error as object), status: 500 };
    expect(bySid).toMatchObject(rule);
    const { id } = await org.createRecord(
      "msdyn_ocwhatsappchannelaccount",
      account({ msdyn_name: "Other", msdyn_provideraccountid: `AC${"d".repeat(32)}` }),
    );
    expect(await rejection(org.updateRecord("msdyn_ocwhatsappchannelaccount", id, { msdyn_provideraccountid: SID }))).toMatchObject(rule);
    // Whatever the status, a duplicate is a definitive refusal: never retried as a server error.
    expect(classifyError(bySid)).toMatchObject({ kind: "duplicate", retryable: false, ambiguous: false });
  });

  it("takes configurable unique keys", async () => {
    const org = new InMemoryDataverse({
      uniqueKeys: { contact: [{ columns: ["lastname"], errorCode: ErrorCodes.DuplicateAlternateKey }] },
    });
    await org.createRecord("contact", { lastname: "Smith" });
    expect((await rejection(org.createRecord("contact", { lastname: "SMITH" }))).errorCode).toBe(ErrorCodes.DuplicateAlternateKey);
    await expect(org.createRecord("msdyn_ocwhatsappchannelaccount", account())).resolves.toBeDefined();
    await expect(org.createRecord("msdyn_ocwhatsappchannelaccount", account())).resolves.toBeDefined();
  });

  it("stores lookups bound with @odata.bind as _x_value and checks the target exists", async () => {
    const org = new InMemoryDataverse();
    const person = await org.createRecord("contact", { firstname: "Ada", lastname: "Lovelace" });
    const profile = await org.createRecord("socialprofile", { "customerid_contact@odata.bind": `/contacts(${person.id})` });
    const record = await org.retrieveRecord("socialprofile", profile.id, "?$select=_customerid_value");
    expect(record._customerid_value).toBe(person.id);
    expect(record["_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]).toBe("contact");
    const missing = await rejection(
      org.createRecord("socialprofile", { "customerid_contact@odata.bind": "/contacts(00000000-0000-0000-0000-000000000001)" }),
    );
    expect(missing.errorCode).toBe(OrganizationErrorCodes.ObjectDoesNotExist);
    const wrongTable = await rejection(
      org.createRecord("socialprofile", { "customerid_contact@odata.bind": `/socialprofiles(${profile.id})` }),
    );
    expect(wrongTable.errorCode).toBe(ErrorCodes.BusinessRule);
  });

  it("computes contact.fullname and refuses it as input", async () => {
    const org = new InMemoryDataverse();
    const { id } = await org.createRecord("contact", { firstname: "Ada", lastname: "Lovelace" });
    expect((await org.retrieveRecord("contact", id)).fullname).toBe("Ada Lovelace");
    await org.updateRecord("contact", id, { firstname: "Augusta" });
    expect((await org.retrieveRecord("contact", id)).fullname).toBe("Augusta Lovelace");
    expect(contact.columns.fullname.notValidForCreate).toBe(true);
    await expect(org.createRecord("contact", { fullname: "X" })).rejects.toMatchObject({ errorCode: ErrorCodes.BusinessRule });
  });

  it("merges platform-generated columns from afterCreate, now or later", async () => {
    let release: (value: Record<string, unknown>) => void = () => undefined;
    const later = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
    const org = new InMemoryDataverse({ afterCreate: (table) => (table === "msdyn_ocwhatsappchannelaccount" ? later : undefined) });
    const { id } = await org.createRecord("msdyn_ocwhatsappchannelaccount", account());
    expect((await org.retrieveRecord("msdyn_ocwhatsappchannelaccount", id)).msdyn_twilioinboundurl).toBeNull();
    release({ msdyn_twilioinboundurl: `https://example.crm.dynamics.com/twilio/${id}` });
    await later;
    await Promise.resolve();
    expect((await org.retrieveRecord("msdyn_ocwhatsappchannelaccount", id)).msdyn_twilioinboundurl).toContain(id);
  });

  it("refuses secured columns when the user has no column security profile, with the documented codes and texts", async () => {
    const create = fixtureNamed("column security: create").error as object;
    const update = fixtureNamed("column security: update").error as object;
    const org = new InMemoryDataverse({ securedColumnsWritable: false });
    expect(await rejection(org.createRecord("msdyn_ocwhatsappchannelaccount", account()))).toMatchObject({ ...create, status: 403 });
    const { msdyn_secureauthenticationtoken: _secured, ...unsecured } = account();
    const { id } = await org.createRecord("msdyn_ocwhatsappchannelaccount", unsecured);
    const refused = await rejection(org.updateRecord("msdyn_ocwhatsappchannelaccount", id, { msdyn_secureauthenticationtoken: TOKEN }));
    expect(refused).toMatchObject({ ...update, status: 403 });
    expect(classifyError(refused).kind).toBe("columnSecurity");
  });

  it("lets a test inject faults", async () => {
    const org = new InMemoryDataverse({
      intercept: ({ operation }) =>
        operation === "create"
          ? { errorCode: ErrorCodes.ServiceProtectionRequests, message: "Busy", status: 429, retryAfterSeconds: 2 }
          : undefined,
    });
    await expect(org.createRecord("contact", { lastname: "A" })).rejects.toMatchObject({ status: 429, retryAfterSeconds: 2 });
  });
});

describe("InMemoryDataverse update, delete, retrieve", () => {
  it("refuses create-only columns on update and keeps the record", async () => {
    const org = new InMemoryDataverse();
    const { id } = await org.createRecord("socialprofile", { community: 1 });
    await expect(org.updateRecord("socialprofile", id, { community: 2 })).rejects.toMatchObject({ errorCode: ErrorCodes.BusinessRule });
    expect((await org.retrieveRecord("socialprofile", id)).community).toBe(1);
  });

  it("sets the default status of a new state and rejects a status of another state", async () => {
    const org = new InMemoryDataverse();
    const { id } = await org.createRecord("socialprofile", {});
    await org.updateRecord("socialprofile", id, { statecode: 1 });
    expect(await org.retrieveRecord("socialprofile", id, "?$select=statecode,statuscode")).toEqual({
      socialprofileid: id,
      statecode: 1,
      statuscode: 2,
    });
    await expect(org.updateRecord("socialprofile", id, { statuscode: 1 })).rejects.toMatchObject({ errorCode: ErrorCodes.BusinessRule });
  });

  it("checks duplicates on update against the other records only", async () => {
    const org = new InMemoryDataverse();
    const first = await org.createRecord("msdyn_ocwhatsappchannelaccount", account());
    await org.createRecord("msdyn_ocwhatsappchannelaccount", account({ msdyn_name: "B", msdyn_provideraccountid: `AC${"d".repeat(32)}` }));
    await expect(org.updateRecord("msdyn_ocwhatsappchannelaccount", first.id, { msdyn_name: "Contoso WhatsApp" })).resolves.toBeDefined();
    await expect(org.updateRecord("msdyn_ocwhatsappchannelaccount", first.id, { msdyn_name: "b" })).rejects.toMatchObject({
      errorCode: ErrorCodes.DuplicateRecord,
    });
  });

  it("deletes, then reports the record missing with 404", async () => {
    const org = new InMemoryDataverse();
    const { id } = await org.createRecord("contact", { lastname: "Gone" });
    await org.deleteRecord("contact", id);
    await expect(org.retrieveRecord("contact", id)).rejects.toMatchObject({
      errorCode: OrganizationErrorCodes.ObjectDoesNotExist,
      status: 404,
    });
    await expect(org.deleteRecord("contact", id)).rejects.toMatchObject({ status: 404 });
  });

  it("refuses unknown tables like the Web API", async () => {
    await expect(new InMemoryDataverse().createRecord("lead", {})).rejects.toMatchObject({ status: 404 });
  });

  it("filters with eq / ne / and / null, string case-insensitively, with $select and $top", async () => {
    const org = new InMemoryDataverse();
    await org.createRecord("socialprofile", { profilename: "O'Brien", community: 2 });
    await org.createRecord("socialprofile", { profilename: "obrien", community: 1 });
    await org.createRecord("socialprofile", { profilename: "other", community: 2, profilefullname: "Other Person" });
    const quoted = await org.retrieveMultipleRecords(
      "socialprofile",
      "?$select=profilename&$filter=profilename eq 'o''brien' and community eq 2",
    );
    expect(quoted.entities.map((e) => e.profilename)).toEqual(["O'Brien"]);
    const notNull = await org.retrieveMultipleRecords("socialprofile", "?$filter=profilefullname ne null");
    expect(notNull.entities.map((e) => e.profilename)).toEqual(["other"]);
    const twitter = await org.retrieveMultipleRecords("socialprofile", "?$filter=(community eq 2) and statecode eq 0&$top=1");
    expect(twitter.entities).toHaveLength(1);
    const encoded = await org.retrieveMultipleRecords("socialprofile", `?$filter=${encodeURIComponent("profilename eq 'other'")}`);
    expect(encoded.entities).toHaveLength(1);
  });

  it("pages with maxPageSize and a nextLink that is a whole URL, whose query part asks for the next page", async () => {
    const org = new InMemoryDataverse();
    for (const name of ["a", "b", "c"]) await org.createRecord("contact", { lastname: name });
    const first = await org.retrieveMultipleRecords("contact", "?$select=lastname", 2);
    expect(first.entities.map((e) => e.lastname)).toEqual(["a", "b"]);
    expect(first.nextLink).toBe(`${IN_MEMORY_ORGANIZATION_URI}${IN_MEMORY_WEB_API_PATH}contacts?$select=lastname&$skiptoken=2`);
    await expect(org.retrieveMultipleRecords("contact", first.nextLink, 2)).rejects.toMatchObject({
      errorCode: OrganizationErrorCodes.InvalidQuery,
    });
    const second = await org.retrieveMultipleRecords("contact", nextPageOptions(first.nextLink!), 2);
    expect(second.entities.map((e) => e.lastname)).toEqual(["c"]);
    expect(second.nextLink).toBeUndefined();
  });

  it("searches text with contains(column,'text'), case-insensitively", async () => {
    const org = new InMemoryDataverse();
    await org.createRecord("socialprofile", { profilename: "O'Brien, Contoso", community: 2 });
    await org.createRecord("socialprofile", { profilename: "Other", community: 2 });
    const found = await org.retrieveMultipleRecords(
      "socialprofile",
      `?$filter=${encodeURIComponent("contains(profilename,'o''brien,') and community eq 2")}`,
    );
    expect(found.entities.map((e) => e.profilename)).toEqual(["O'Brien, Contoso"]);
    for (const options of ["?$filter=contains(profilename)", "?$filter=contains(profilename,2)", "?$filter=contains(nosuch,'x')"]) {
      await expect(org.retrieveMultipleRecords("socialprofile", options)).rejects.toMatchObject({ status: 400 });
    }
  });

  it("refuses queries it does not understand instead of guessing", async () => {
    const org = new InMemoryDataverse();
    for (const options of ["?$filter=profilename gt 'a'", "?$orderby=profilename", "?$filter=profilename eq 'open"]) {
      await expect(org.retrieveMultipleRecords("socialprofile", options)).rejects.toMatchObject({
        errorCode: OrganizationErrorCodes.InvalidQuery,
      });
    }
  });

  it("refuses an unknown property as the Web API does: HTTP 400, code 0x0, the property and the type named", async () => {
    const org = new InMemoryDataverse();
    for (const [options, name] of [
      ["?$filter=nosuch eq 1", "nosuch"],
      ["?$select=ProfileName", "ProfileName"],
    ]) {
      expect(await rejection(org.retrieveMultipleRecords("socialprofile", options))).toMatchObject({
        errorCode: 0,
        status: 400,
        message: `Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.socialprofile'.`,
      });
    }
  });

  it("seeds existing rows with ids, lookups and state, still checking values", async () => {
    const org = new InMemoryDataverse();
    const contactId = "11111111-2222-3333-4444-555555555555";
    org.seed("contact", [{ contactid: contactId, lastname: "Seeded" }]);
    const [profileId] = org.seed("socialprofile", [
      { profilename: "x", statecode: 1, statuscode: 2, _customerid_value: contactId.toUpperCase() },
    ]);
    expect(await org.retrieveRecord("socialprofile", profileId, "?$select=statecode,_customerid_value")).toMatchObject({
      statecode: 1,
      _customerid_value: contactId,
    });
    expect(() => org.seed("contact", [{ lastname: "x".repeat(contact.columns.lastname.maxLength! + 1) }])).toThrow();
    expect(msdyn_ocwhatsappchannelaccount.columns.msdyn_name.requiredLevel).toBe("applicationRequired");
  });
});
