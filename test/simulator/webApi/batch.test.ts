/** @jest-environment node */
import { DynamicsWebApi } from "dynamics-web-api";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";

// dynamics-web-api sends through http_proxy when it is set and reads no NO_PROXY: the double is on 127.0.0.1.
delete process.env.http_proxy;

/**
 * The double's $batch, shaped as "Execute batch operations using the Web API" shows: raw
 * multipart bodies like the page's samples, and the batches dynamics-web-api writes.
 */

const TOKEN = "test-token-not-a-secret";
const API = "/api/data/v9.2/";
let double: WebApiDouble;

beforeEach(async () => {
  double = await startWebApiDouble({ acceptToken: TOKEN });
});

afterEach(async () => {
  await double.close();
});

type Request = { method: string; url: string; body?: unknown; contentId?: string };

/** A batch body as the page writes it: LF line ends, `Content-Type: application/json; type=entry` on writes. */
function batchBody(boundary: string, items: Array<Request | Request[]>): string {
  const http = (request: Request) =>
    [
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      ...(request.contentId ? [`Content-ID: ${request.contentId}`] : []),
      "",
      `${request.method} ${request.url} HTTP/1.1`,
      ...(request.body === undefined ? [] : ["Content-Type: application/json; type=entry"]),
      "",
      request.body === undefined ? "" : JSON.stringify(request.body),
    ].join("\n");
  return (
    items
      .map((item, index) => {
        if (!Array.isArray(item)) return `--${boundary}\n${http(item)}\n`;
        const set = `changeset_${index}`;
        return `--${boundary}\nContent-Type: multipart/mixed; boundary="${set}"\n\n${item.map((request) => `--${set}\n${http(request)}\n`).join("")}--${set}--\n`;
      })
      .join("") + `--${boundary}--\n`
  );
}

async function batch(items: Array<Request | Request[]>, prefer?: string) {
  const response = await fetch(`${double.url}${API}$batch`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      "Content-Type": 'multipart/mixed; boundary="batch_AAA123"',
      ...(prefer ? { Prefer: prefer } : {}),
    },
    body: batchBody("batch_AAA123", items),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("Content-Type") ?? "",
    statuses: [...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => Number(match[1])),
    text,
  };
}

const profiles = async () =>
  (await double.organization.retrieveMultipleRecords("socialprofile", "?$select=profilename")).entities
    .map((row) => row.profilename)
    .sort();
const contacts = async () =>
  (await double.organization.retrieveMultipleRecords("contact", "?$select=firstname")).entities.map((row) => row.firstname);

describe("$batch", () => {
  it("runs requests in order and answers each in a batchresponse part, in the same order", async () => {
    const answer = await batch([
      { method: "POST", url: `${API}socialprofiles`, body: { profilename: "a" } },
      { method: "POST", url: "socialprofiles", body: { profilename: "b" } },
      { method: "GET", url: `${API}socialprofiles?$select=profilename` },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
    expect(answer.statuses).toEqual([204, 204, 200]);
    expect(answer.text).toMatch(/"profilename":"b"/);
  });

  it("a change set creates rows that refer to each other by Content-ID ($1)", async () => {
    const answer = await batch([
      [
        { method: "POST", url: `${API}contacts`, body: { firstname: "Ada", lastname: "Lovelace" }, contentId: "1" },
        {
          method: "POST",
          url: `${API}socialprofiles`,
          body: { profilename: "ada", "customerid_contact@odata.bind": "$1" },
          contentId: "2",
        },
      ],
    ]);
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/Content-Type: multipart\/mixed; boundary=changesetresponse_/);
    expect(answer.text).toMatch(/Content-ID: 2/);
    const [contact] = (await double.organization.retrieveMultipleRecords("contact")).entities;
    const [profile] = (await double.organization.retrieveMultipleRecords("socialprofile")).entities;
    expect(profile._customerid_value).toBe(contact.contactid);
  });

  it("a change set is atomic: one failure rolls back the creates and updates before it, and is its only answer", async () => {
    const { id } = await double.organization.createRecord("socialprofile", { profilename: "before", community: 2 });
    const { id: doomed } = await double.organization.createRecord("socialprofile", { profilename: "doomed", uniqueprofileid: "u-1" });
    const answer = await batch([
      [
        { method: "POST", url: `${API}contacts`, body: { firstname: "Grace", lastname: "Hopper" }, contentId: "1" },
        { method: "PATCH", url: `${API}socialprofiles(${id})`, body: { profilename: "after" }, contentId: "2" },
        { method: "DELETE", url: `${API}socialprofiles(${doomed})`, contentId: "4" },
        { method: "POST", url: `${API}socialprofiles`, body: { profilename: "x".repeat(101) }, contentId: "3" },
      ],
    ]);
    expect(answer.status).toBe(400);
    expect(answer.statuses).toEqual([400]);
    expect(answer.text).toMatch(/Content-ID: 3/);
    expect(answer.text).toMatch(/"code":"0x80044331"/);
    expect(await contacts()).toEqual([]);
    expect(await profiles()).toEqual(["before", "doomed"]);
    expect(await double.organization.retrieveRecord("socialprofile", doomed, "?$select=uniqueprofileid")).toMatchObject({
      uniqueprofileid: "u-1",
    });
    expect(await double.organization.retrieveRecord("socialprofile", id, "?$select=community")).toMatchObject({ community: 2 });
  });

  it("stops at the first failure without Prefer: odata.continue-on-error, and goes on with it", async () => {
    const items = [
      { method: "POST", url: `${API}socialprofiles`, body: { profilename: "x".repeat(101) } },
      { method: "POST", url: `${API}socialprofiles`, body: { profilename: "second" } },
    ];
    const stopped = await batch(items);
    expect(stopped.status).toBe(400);
    expect(stopped.statuses).toEqual([400]);
    expect(await profiles()).toEqual([]);

    const continued = await batch(items, "odata.continue-on-error");
    expect(continued.status).toBe(200);
    expect(continued.statuses).toEqual([400, 204]);
    expect(await profiles()).toEqual(["second"]);
  });

  it("refuses a GET inside a change set, a body without its closing boundary, and more than 1,000 requests", async () => {
    expect((await batch([[{ method: "GET", url: `${API}socialprofiles` }]])).status).toBe(400);
    const unclosed = await fetch(`${double.url}${API}$batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "multipart/mixed; boundary=b" },
      body: "--b\nContent-Type: application/http\n\nGET /api/data/v9.2/socialprofiles HTTP/1.1\n\n",
    });
    expect(unclosed.status).toBe(400);
    const many = Array.from({ length: 1001 }, () => ({ method: "GET", url: `${API}socialprofiles` }));
    expect((await batch(many)).status).toBe(400);
  });

  it("drops the connection after a batch that wrote, when asked: the writes are there", async () => {
    double.dropAfterNextWrite();
    await expect(batch([[{ method: "POST", url: `${API}socialprofiles`, body: { profilename: "kept" } }]])).rejects.toThrow();
    expect(await profiles()).toEqual(["kept"]);
  });
});

describe("$batch written by dynamics-web-api 2.5", () => {
  const library = () =>
    new DynamicsWebApi({ serverUrl: double.url, dataApi: { version: "9.2" }, onTokenRefresh: async () => TOKEN, propagateErrors: true });

  it("a change set of creates answers each id", async () => {
    const api = library();
    api.startBatch();
    void api.create({ collection: "socialprofiles", data: { profilename: "one" } });
    void api.create({ collection: "socialprofiles", data: { profilename: "two" } });
    const results = await api.executeBatch();
    expect(results).toHaveLength(2);
    for (const id of results) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await profiles()).toEqual(["one", "two"]);
  });

  it("a failing change set rejects and leaves nothing behind", async () => {
    const api = library();
    api.startBatch();
    void api.create({ collection: "socialprofiles", data: { profilename: "one" } });
    void api.create({ collection: "socialprofiles", data: { profilename: "x".repeat(101) } });
    await expect(api.executeBatch()).rejects.toBeDefined();
    expect(await profiles()).toEqual([]);
  });
});
