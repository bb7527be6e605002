/** @jest-environment node */
import { createServer, IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NodeDataverseClient, parseOrgUrl } from "../../../dataverse-node";
import { parseRemoteContext } from "../../../server/remoteContext";
import { runRegister } from "../../../server/register";
import { seedMessages, TABLES_WITH_REGISTRATION } from "../../../simulator/webApi/registrationTables";
import { startWebApiDouble, WebApiDouble } from "../../../simulator/webApi/webApiDouble";

/**
 * The double's dispatcher against a scripted endpoint on 127.0.0.1: what it sends (the documented
 * headers, the key as registered, a context server/ parses) and what it does with each answer
 * ("Use webhooks…", Troubleshoot: 2xx goes on, 502/503/504 once more, anything else fails).
 */

const TOKEN = "test-token-not-a-secret";
// Made up for the test, never a real key.
const KEY = "dispatcher-test-key-0123456789";
const VALID = { profilename: "ada", community: 2 };

interface Received {
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

let double: WebApiDouble;
let endpoint: Server;
let received: Received[];
/** Statuses to answer in order; "hang" never answers; after the script, 200. */
let script: (number | "hang")[];

beforeEach(async () => {
  received = [];
  script = [];
  endpoint = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const next = script.shift() ?? 200;
      if (next === "hang") return;
      response.writeHead(next, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
  double = await startWebApiDouble({ acceptToken: TOKEN, tables: TABLES_WITH_REGISTRATION, webhooks: { timeoutMs: 300 } });
  seedMessages((table, rows) => double.organization.seed(table, rows));
});

afterEach(async () => {
  await double.webhooks?.settled();
  await double.close();
  endpoint.closeAllConnections();
  await new Promise((resolve) => endpoint.close(resolve));
});

const client = () =>
  new NodeDataverseClient({
    org: parseOrgUrl(double.url),
    getToken: () => Promise.resolve(TOKEN),
    retry: { sleep: () => Promise.resolve() },
  });
/** One $batch holding one change set, as "Execute batch operations using the Web API" writes it: the batch's status. */
async function changeSet(requests: { method: string; url: string; body?: unknown }[]): Promise<number> {
  const parts = requests.map((request, i) =>
    [
      "--changeset_1",
      "Content-Type: application/http",
      "Content-Transfer-Encoding: binary",
      `Content-ID: ${i + 1}`,
      "",
      `${request.method} /api/data/v9.2/${request.url} HTTP/1.1`,
      ...(request.body === undefined ? [] : ["Content-Type: application/json; type=entry"]),
      "",
      request.body === undefined ? "" : JSON.stringify(request.body),
    ].join("\n"),
  );
  const body = `--batch_1\nContent-Type: multipart/mixed; boundary="changeset_1"\n\n${parts.join("\n")}\n--changeset_1--\n--batch_1--\n`;
  const response = await fetch(`${double.url}/api/data/v9.2/$batch`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": 'multipart/mixed; boundary="batch_1"' },
    body,
  });
  const text = await response.text();
  // A failed change set answers the failing request's status; a committed one 200.
  return response.status === 200 ? 200 : Number(/^HTTP\/1\.1 (\d{3})/m.exec(text)?.[1] ?? response.status);
}

const register = (...args: string[]) =>
  runRegister(["--org", double.url, "--url", `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/hook`, ...args], {
    env: { WEBHOOK_KEY: KEY },
    out: () => undefined,
    clientFor: client,
  });

describe("webhook dispatcher", () => {
  it("POSTs a RemoteExecutionContext with the documented headers and the HttpHeader key, before the write", async () => {
    await register();
    await client().createRecord("socialprofile", VALID);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery.headers).toMatchObject({
      "x-webhook-key": KEY,
      "x-ms-dynamics-entity-name": "socialprofile",
      "x-ms-dynamics-request-name": "Create",
    });
    expect(delivery.headers["x-ms-dynamics-organization"]).toBeDefined();
    expect(delivery.headers["x-ms-correlation-request-id"]).toBeDefined();
    const parsed = parseRemoteContext(delivery.body);
    expect(parsed).toMatchObject({ ok: true, context: { messageName: "Create", primaryEntityName: "socialprofile", stage: 10, mode: 0 } });
  });

  it("sends an Update's pre-image only when one is registered: under its alias, with its columns (all when empty)", async () => {
    await register();
    const { id } = await client().createRecord("socialprofile", { ...VALID, profilelink: "https://example.com/ada" });
    const preImages = async () => {
      received = [];
      await client().updateRecord("socialprofile", id, { profilename: "ada lovelace" });
      return JSON.parse(received[0].body).PreEntityImages as { key: string; value: { Attributes: { key: string }[] } }[];
    };
    const keysOf = (images: Awaited<ReturnType<typeof preImages>>) =>
      images.map((image) => [image.key, image.value.Attributes.map((pair) => pair.key).sort()]);

    // As registered: PreImage, the rules' columns; community (create-only) is not among them.
    const [registered] = await preImages();
    expect(registered.key).toBe("PreImage");
    expect(registered.value.Attributes.map((pair) => pair.key)).toEqual(
      expect.arrayContaining(["profilename", "profilelink", "statecode"]),
    );
    expect(registered.value.Attributes.map((pair) => pair.key)).not.toContain("community");

    const [image] = (await double.organization.retrieveMultipleRecords("sdkmessageprocessingstepimage")).entities.filter((row) =>
      String(row.attributes).includes("profilelink"),
    );
    const imageId = String(image.sdkmessageprocessingstepimageid);
    await client().updateRecord("sdkmessageprocessingstepimage", imageId, { entityalias: "before", attributes: "profilelink" });
    expect(keysOf(await preImages())).toEqual([["before", ["profilelink"]]]);
    await client().updateRecord("sdkmessageprocessingstepimage", imageId, { attributes: null });
    expect(keysOf(await preImages())[0][1]).toEqual(expect.arrayContaining(["community", "profilelink", "profilename", "socialprofileid"]));
    await client().deleteRecord("sdkmessageprocessingstepimage", imageId);
    expect(await preImages()).toEqual([]);
  });

  it("sends a WebhookKey registration's key as ?code=", async () => {
    await register("--auth", "WebhookKey");
    await client().createRecord("socialprofile", VALID);
    expect(new URL(received[0].url, "http://x").searchParams.get("code")).toBe(KEY);
  });

  it("tries once more after 503 and lets the write go on when the second answer is 2xx", async () => {
    await register();
    script = [503];
    await client().createRecord("socialprofile", VALID);
    expect(received).toHaveLength(2);
  });

  it("refuses the write after 502 twice, after any other failure at once, and without an answer in time", async () => {
    await register();
    script = [502, 502];
    await expect(client().createRecord("socialprofile", VALID)).rejects.toMatchObject({ errorCode: 0x80040265, status: 400 });
    expect(received).toHaveLength(2);
    script = [500];
    await expect(client().createRecord("socialprofile", VALID)).rejects.toMatchObject({ errorCode: 0x80040265 });
    expect(received).toHaveLength(3);
    script = ["hang"];
    await expect(client().createRecord("socialprofile", VALID)).rejects.toMatchObject({ errorCode: 0x80040265 });
    expect(await double.organization.retrieveMultipleRecords("socialprofile")).toEqual({ entities: [] });
  });

  it("skips a disabled step (statecode 1, statuscode 2)", async () => {
    await register();
    const steps = (await double.organization.retrieveMultipleRecords("sdkmessageprocessingstep", "?$select=sdkmessageprocessingstepid"))
      .entities;
    for (const step of steps)
      await client().updateRecord("sdkmessageprocessingstep", String(step.sdkmessageprocessingstepid), { statecode: 1, statuscode: 2 });
    script = [500];
    await client().createRecord("socialprofile", VALID);
    expect(received).toHaveLength(0);
  });

  it("delivers the async step after the write, once more after 504, and records the outcome", async () => {
    await register();
    script = [504];
    const activity = await client().createRecord("socialactivity", { subject: "hello" });
    await double.webhooks!.settled();
    expect(double.webhooks!.asyncDeliveries).toEqual([
      expect.objectContaining({ id: activity.id, status: 200, attempts: 2, succeeded: true }),
    ]);
    expect(parseRemoteContext(received[0].body)).toMatchObject({ ok: true, context: { primaryEntityId: activity.id, stage: 40, mode: 1 } });
  });

  it("starts a change set's async steps only when the whole set commits, never after a rollback", async () => {
    await register();
    const missing = "00000000-0000-4000-8000-000000000001";
    const rolledBack = await changeSet([
      { method: "POST", url: "socialactivities", body: { subject: "rolled back" } },
      { method: "DELETE", url: `socialactivities(${missing})` },
    ]);
    expect(rolledBack).toBe(404);
    await double.webhooks!.settled();
    expect(double.webhooks!.asyncDeliveries).toEqual([]);
    expect(received).toEqual([]);
    expect((await double.organization.retrieveMultipleRecords("socialactivity")).entities).toEqual([]);

    expect(await changeSet([{ method: "POST", url: "socialactivities", body: { subject: "committed" } }])).toBe(200);
    await double.webhooks!.settled();
    const [activity] = (await double.organization.retrieveMultipleRecords("socialactivity")).entities;
    expect(double.webhooks!.asyncDeliveries).toEqual([expect.objectContaining({ id: activity.activityid, succeeded: true })]);
  });

  it("with deliverAsyncTwice (fault injection), sends each async event twice, the same context both times", async () => {
    await double.close();
    double = await startWebApiDouble({
      acceptToken: TOKEN,
      tables: TABLES_WITH_REGISTRATION,
      webhooks: { timeoutMs: 300, deliverAsyncTwice: true },
    });
    seedMessages((table, rows) => double.organization.seed(table, rows));
    await register();
    const activity = await client().createRecord("socialactivity", { subject: "hello" });
    await double.webhooks!.settled();
    expect(double.webhooks!.asyncDeliveries).toEqual(
      [0, 1].map(() => expect.objectContaining({ id: activity.id, status: 200, attempts: 1, succeeded: true })),
    );
    expect(received).toHaveLength(2);
    expect(received[1].body).toBe(received[0].body);
  });

  it("never puts the key in the double's request log", async () => {
    const seen: string[] = [];
    await double.close();
    double = await startWebApiDouble({
      acceptToken: TOKEN,
      tables: TABLES_WITH_REGISTRATION,
      webhooks: { timeoutMs: 300 },
      onRequest: (entry) => seen.push(JSON.stringify(entry)),
    });
    seedMessages((table, rows) => double.organization.seed(table, rows));
    await register();
    await client().createRecord("socialprofile", VALID);
    expect(seen.length).toBeGreaterThan(5);
    for (const line of seen) expect(line).not.toContain(KEY);
  });
});
