/** @jest-environment node */
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";
import { DEFAULT_PAGE_SIZE } from "../../../simulator/webApi/webApiRoutes";
import { CUSTOM_COMMUNITY, CUSTOMIZED_TABLES } from "./customTables";

/**
 * The double's contract: what a client sees over HTTP, each answer as the Microsoft page cited in
 * simulator/ describes it. Only 127.0.0.1, a made-up token.
 */

const TOKEN = "test-token-not-a-secret";
const API = "/api/data/v9.2/";
let double: WebApiDouble;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${double.url}${API}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const idOf = (entityId: string | null) => /\(([0-9a-f-]{36})\)$/.exec(entityId ?? "")![1];

afterEach(async () => {
  await double?.close();
});

describe("records", () => {
  beforeEach(async () => {
    double = await startWebApiDouble({ acceptToken: TOKEN });
  });

  it("creates with 204 and OData-EntityId, then reads the row back by id and by $filter with $select", async () => {
    const created = await call("POST", "socialprofiles", { profilename: "contoso", community: 2 });
    expect(created.status).toBe(204);
    expect(created.headers.get("OData-Version")).toBe("4.0");
    const id = idOf(created.headers.get("OData-EntityId"));
    expect(created.headers.get("OData-EntityId")).toBe(`${double.url}${API}socialprofiles(${id})`);

    const read = await call("GET", `socialprofiles(${id})?$select=profilename,community`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ socialprofileid: id, profilename: "contoso", community: 2 });

    const found = await call("GET", `socialprofiles?$select=profilename&$filter=${encodeURIComponent("profilename eq 'CONTOSO'")}`);
    expect(found.body.value).toEqual([{ socialprofileid: id, profilename: "contoso" }]);
  });

  it("answers 201 with the row when asked for return=representation", async () => {
    const created = await call("POST", "socialprofiles", { profilename: "fabrikam" }, { Prefer: "return=representation" });
    expect(created.status).toBe(201);
    expect(created.body.profilename).toBe("fabrikam");
  });

  it("refuses an invalid row with the OData error body and the organization's code", async () => {
    const refused = await call("POST", "socialprofiles", { profilename: "x".repeat(101) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("0x80044331");
    expect(refused.body.error.message).toMatch(/profilename/);
  });

  it("answers 404 with Resource not found for an unknown entity set, and for a missing row", async () => {
    const unknown = await call("GET", "nothings");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: "0x8006088a", message: "Resource not found for the segment 'nothings'." });
    const missing = await call("GET", "socialprofiles(00000000-0000-0000-0000-000000000001)");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("0x80040217");
  });

  it("updates with PATCH, upserts without If-Match, refuses to create with If-Match: *, deletes", async () => {
    const id = "5f0e7a52-0f5d-4f0c-9f3e-3d3c2c1b0a01";
    expect((await call("PATCH", `socialprofiles(${id})`, { profilename: "a" }, { "If-Match": "*" })).status).toBe(404);
    expect((await call("PATCH", `socialprofiles(${id})`, { profilename: "a" })).status).toBe(204);
    expect((await call("PATCH", `socialprofiles(${id})`, { profilename: "b" }, { "If-Match": "*" })).status).toBe(204);
    expect((await call("GET", `socialprofiles(${id})?$select=profilename`)).body.profilename).toBe("b");
    expect((await call("PATCH", `socialprofiles(${id})`, { profilename: "c" }, { "If-None-Match": "*" })).status).toBe(412);
    expect((await call("DELETE", `socialprofiles(${id})`)).status).toBe(204);
    expect((await call("GET", `socialprofiles(${id})`)).status).toBe(404);
  });

  it("pages with Prefer: odata.maxpagesize and a nextLink on its own address", async () => {
    for (const name of ["a", "b", "c"]) await call("POST", "socialprofiles", { profilename: name });
    const first = await call("GET", "socialprofiles?$select=profilename", undefined, { Prefer: "odata.maxpagesize=2" });
    expect(first.headers.get("Preference-Applied")).toBe("odata.maxpagesize=2");
    expect(first.body.value).toHaveLength(2);
    const next: string = first.body["@odata.nextLink"];
    expect(next.startsWith(`${double.url}${API}socialprofiles?`)).toBe(true);
    const second = await call("GET", next.slice(`${double.url}${API}`.length), undefined, { Prefer: "odata.maxpagesize=2" });
    expect(second.body.value).toHaveLength(1);
    expect(second.body["@odata.nextLink"]).toBeUndefined();
  });

  it("without a Prefer header pages at its cap (5,000 by default, fewer when set), with a nextLink and no Preference-Applied", async () => {
    expect(DEFAULT_PAGE_SIZE).toBe(5000);
    await double.close();
    double = await startWebApiDouble({ acceptToken: TOKEN, maxPageSize: 2 });
    for (const name of ["a", "b", "c"]) await call("POST", "socialprofiles", { profilename: name });
    const first = await call("GET", "socialprofiles?$select=profilename");
    expect(first.headers.get("Preference-Applied")).toBeNull();
    expect(first.body.value).toHaveLength(2);
    const second = await call("GET", (first.body["@odata.nextLink"] as string).slice(`${double.url}${API}`.length));
    expect(second.body.value.map((row: { profilename: string }) => row.profilename)).toEqual(["c"]);
    expect(second.body["@odata.nextLink"]).toBeUndefined();
  });

  it("refuses a body that is not JSON with 400, and an unknown column in $select", async () => {
    const response = await fetch(`${double.url}${API}socialprofiles`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: "{",
    });
    expect(response.status).toBe(400);
    expect((await call("GET", "socialprofiles?$select=nope")).status).toBe(400);
  });
});

describe("faults", () => {
  beforeEach(async () => {
    double = await startWebApiDouble({ acceptToken: TOKEN });
  });

  it("tells each request answered to onRequest, with method, path and status only", async () => {
    await double.close();
    const seen: unknown[] = [];
    double = await startWebApiDouble({ acceptToken: TOKEN, onRequest: (entry) => seen.push(entry) });
    await call("GET", "socialprofiles?$select=profilename");
    expect(seen).toEqual([{ method: "GET", url: `${API}socialprofiles?$select=profilename`, status: 200 }]);
  });

  it("refuses a request without the bearer token with 401 and changes nothing", async () => {
    const response = await fetch(`${double.url}${API}socialprofiles`, { method: "POST", body: JSON.stringify({ profilename: "x" }) });
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toBe("Bearer");
    expect((await call("GET", "socialprofiles")).body.value).toEqual([]);
  });

  it("throttles the next requests with 429, Retry-After and the service protection code, then serves again", async () => {
    double.throttle({ count: 2, retryAfterSeconds: 7 });
    for (let i = 0; i < 2; i += 1) {
      const refused = await call("POST", "socialprofiles", { profilename: "x" });
      expect(refused.status).toBe(429);
      expect(refused.headers.get("Retry-After")).toBe("7");
      expect(refused.body.error.code).toBe("0x80072322");
    }
    expect((await call("POST", "socialprofiles", { profilename: "x" })).status).toBe(204);
    expect((await call("GET", "socialprofiles")).body.value).toHaveLength(1);
  });

  it("drops the connection after applying a write: the client sees a network failure, the row is there", async () => {
    double.dropAfterNextWrite();
    await expect(call("POST", "socialprofiles", { profilename: "lost-answer" })).rejects.toThrow();
    const rows = (await call("GET", "socialprofiles?$select=profilename")).body.value;
    expect(rows.map((row: { profilename: string }) => row.profilename)).toEqual(["lost-answer"]);
    expect(double.requests.map((request) => request.status)).toEqual(["dropped", 200]);
  });
});

describe("table definitions", () => {
  it("serves EntityDefinitions with $expand=Attributes from the tables it holds", async () => {
    double = await startWebApiDouble({ acceptToken: TOKEN });
    const definition = await call(
      "GET",
      "EntityDefinitions(LogicalName='socialprofile')?$select=LogicalName,EntitySetName&$expand=Attributes",
    );
    expect(definition.status).toBe(200);
    expect(definition.body).toMatchObject({
      LogicalName: "socialprofile",
      EntitySetName: "socialprofiles",
      PrimaryIdAttribute: "socialprofileid",
    });
    const profilename = definition.body.Attributes.find((attribute: { LogicalName: string }) => attribute.LogicalName === "profilename");
    expect(profilename).toMatchObject({
      "@odata.type": "#Microsoft.Dynamics.CRM.StringAttributeMetadata",
      AttributeType: "String",
      MaxLength: 100,
      RequiredLevel: { Value: "None" },
    });
    // OptionSet is a navigation property: not part of $expand=Attributes.
    const community = definition.body.Attributes.find((attribute: { LogicalName: string }) => attribute.LogicalName === "community");
    expect(community.AttributeType).toBe("Picklist");
    expect(community.OptionSet).toBeUndefined();
  });

  it("reflects a customized table: a longer column, an extra choice read by casting to PicklistAttributeMetadata", async () => {
    double = await startWebApiDouble({ acceptToken: TOKEN, tables: CUSTOMIZED_TABLES });
    const definition = await call("GET", "EntityDefinitions(LogicalName='socialprofile')?$expand=Attributes");
    expect(definition.body.Attributes.find((attribute: { LogicalName: string }) => attribute.LogicalName === "profilename").MaxLength).toBe(
      200,
    );
    const choices = await call(
      "GET",
      "EntityDefinitions(LogicalName='socialprofile')/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata?$select=LogicalName&$expand=OptionSet",
    );
    const community = choices.body.value.find((attribute: { LogicalName: string }) => attribute.LogicalName === "community");
    expect(community.OptionSet.Options.map((option: { Value: number }) => option.Value)).toContain(CUSTOM_COMMUNITY);
    // The organization behind it judges by the same tables: the 200-character name is accepted.
    expect((await call("POST", "socialprofiles", { profilename: "x".repeat(200), community: CUSTOM_COMMUNITY })).status).toBe(204);
  });

  it("answers 404 for a table it does not hold", async () => {
    double = await startWebApiDouble({ acceptToken: TOKEN });
    expect((await call("GET", "EntityDefinitions(LogicalName='nothing')")).status).toBe(404);
  });
});
