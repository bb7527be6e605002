/** @jest-environment node */
import crypto from "node:crypto";
import { HttpRequest } from "@azure/functions";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { readConfig } from "../../../server/config";
import { functionsHandler } from "../../../server/functions/adapter";
import { createWebhookHandler } from "../../../server/handler";
import { context, option } from "../contexts";

/** The Azure Functions v4 adapter, with the package's own HttpRequest (no Functions runtime started). */
const KEY = "test-key-0123456789abcdef";
const valid = JSON.stringify(
  context({ message: "Create", table: "socialprofile", stage: 10, mode: 0, target: { profilename: "ada", community: option(2) } }),
);
const invalid = JSON.stringify(
  context({
    message: "Create",
    table: "socialprofile",
    stage: 10,
    mode: 0,
    target: { profilename: "ada", profilelink: "javascript:alert(1)" },
  }),
);

const run = functionsHandler({
  handler: createWebhookHandler({ client: new InMemoryDataverse() }),
  auth: { header: { name: "x-webhook-key", value: KEY }, code: KEY },
  maxBodyBytes: 4096,
});
const request = (url: string, body: string, headers: Record<string, string> = {}, method = "POST") =>
  new HttpRequest({ method, url, headers: { "content-type": "application/json", ...headers }, body: { string: body } });

describe("Azure Functions adapter", () => {
  it("judges with the HttpHeader key or ?code=, refuses without: 401", async () => {
    expect(await run(request("https://fn.example/api/dataverse-webhook", valid, { "x-webhook-key": KEY }))).toMatchObject({
      status: 200,
      jsonBody: { valid: true },
    });
    expect(await run(request(`https://fn.example/api/dataverse-webhook?code=${KEY}`, invalid))).toMatchObject({ status: 422 });
    expect(await run(request("https://fn.example/api/dataverse-webhook?code=nope", valid))).toMatchObject({ status: 401 });
    expect(await run(request("https://fn.example/api/dataverse-webhook", valid))).toMatchObject({ status: 401 });
  });

  it("accepts the previous key during a rotation (auth as readConfig builds it), refuses a third", async () => {
    const previous = "old-key-fedcba9876543210"; // made up, like KEY
    const rotating = functionsHandler({
      handler: createWebhookHandler({ client: new InMemoryDataverse() }),
      auth: readConfig({ WEBHOOK_KEY: KEY, WEBHOOK_KEY_PREVIOUS: previous }).auth,
    });
    expect(await rotating(request("https://fn.example/api/dataverse-webhook", valid, { "x-webhook-key": previous }))).toMatchObject({
      status: 200,
    });
    expect(await rotating(request(`https://fn.example/api/dataverse-webhook?code=${previous}`, valid))).toMatchObject({ status: 200 });
    expect(await rotating(request("https://fn.example/api/dataverse-webhook", valid, { "x-webhook-key": KEY }))).toMatchObject({
      status: 200,
    });
    expect(
      await rotating(request("https://fn.example/api/dataverse-webhook", valid, { "x-webhook-key": "third-key-0123456789abcdef" })),
    ).toMatchObject({ status: 401 });
  });

  it("compares the key in constant time and caps the body: 413", async () => {
    const compare = jest.spyOn(crypto, "timingSafeEqual");
    expect(await run(request("https://fn.example/api/dataverse-webhook", "x".repeat(5000), { "x-webhook-key": KEY }))).toMatchObject({
      status: 413,
    });
    expect(compare).toHaveBeenCalled();
    compare.mockRestore();
  });
});
