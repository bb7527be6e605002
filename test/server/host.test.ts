/** @jest-environment node */
import crypto from "node:crypto";
import { request } from "node:http";
import { InMemoryDataverse } from "../../simulator/organization/inMemoryDataverse";
import { createWebhookHandler, WebhookHandler } from "../../server/handler";
import { startWebhookHost, WebhookHost } from "../../server/host";
import { jsonLog } from "../../server/log";
import { readConfig } from "../../server/config";
import type { WebhookAuth } from "../../server/auth";
import { context, option } from "./contexts";

/** The Node host over 127.0.0.1: authentication as Dataverse registers it, the body cap, /healthz, shutdown, logs. */

// Made up for the test, never a real key.
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

let host: WebhookHost | undefined;
let lines: string[];
afterEach(async () => {
  await host?.close();
  host = undefined;
  jest.restoreAllMocks();
});

async function start(
  handler?: WebhookHandler,
  maxBodyBytes?: number,
  auth: WebhookAuth = { header: { name: "x-webhook-key", value: KEY }, code: KEY },
) {
  lines = [];
  const log = jsonLog((line) => lines.push(line));
  host = await startWebhookHost({
    handler: handler ?? createWebhookHandler({ client: new InMemoryDataverse(), log }),
    auth,
    maxBodyBytes,
    log,
  });
  return host;
}

/** One request with node:http (bounded by the suite's timeout): status and parsed body. */
function call(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: options.method ?? "POST", headers: { "content-type": "application/json", ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

describe("webhook host", () => {
  it("answers /healthz without a key", async () => {
    const { url } = await start();
    expect(await call(`${url}/healthz`, { method: "GET" })).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("refuses a request without the key, with a wrong key, or with the key elsewhere: 401", async () => {
    const { url } = await start();
    expect((await call(`${url}/`, { body: valid })).status).toBe(401);
    expect((await call(`${url}/`, { body: valid, headers: { "x-webhook-key": `${KEY}x` } })).status).toBe(401);
    expect((await call(`${url}/?code=nope`, { body: valid })).status).toBe(401);
    expect((await call(`${url}/?key=${KEY}`, { body: valid })).status).toBe(401);
  });

  it("accepts the HttpHeader key and the WebhookKey ?code=, and judges the record", async () => {
    const { url } = await start();
    expect(await call(`${url}/`, { body: valid, headers: { "X-Webhook-Key": KEY } })).toEqual({ status: 200, body: { valid: true } });
    expect(await call(`${url}/api/webhook?code=${KEY}`, { body: valid })).toEqual({ status: 200, body: { valid: true } });
    expect((await call(`${url}/`, { body: invalid, headers: { "x-webhook-key": KEY } })).status).toBe(422);
  });

  it("compares the key with crypto.timingSafeEqual", async () => {
    const compare = jest.spyOn(crypto, "timingSafeEqual");
    const { url } = await start();
    await call(`${url}/`, { body: valid, headers: { "x-webhook-key": "guess" } });
    expect(compare).toHaveBeenCalled();
  });

  it("refuses a body over the cap: 413, declared or streamed", async () => {
    const { url } = await start(undefined, 1024);
    expect((await call(`${url}/`, { body: "x".repeat(4096), headers: { "x-webhook-key": KEY } })).status).toBe(413);
    expect(
      (await call(`${url}/`, { body: "x".repeat(4096), headers: { "x-webhook-key": KEY, "transfer-encoding": "chunked" } })).status,
    ).toBe(413);
  });

  it("never logs the key, in headers or in the query", async () => {
    const { url } = await start();
    await call(`${url}/`, { body: valid, headers: { "x-webhook-key": KEY } });
    await call(`${url}/?code=${KEY}`, { body: invalid });
    await call(`${url}/?code=${KEY}x`, { body: valid });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).not.toContain(KEY);
    expect(lines.map((line) => JSON.parse(line) as { message: string })).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: "refused" })]),
    );
  });

  it("during a rotation accepts the new key and WEBHOOK_KEY_PREVIOUS, in the header and ?code=, refuses a third, and never logs the previous", async () => {
    const previous = "old-key-fedcba9876543210"; // made up, like KEY
    const { url } = await start(undefined, undefined, readConfig({ WEBHOOK_KEY: KEY, WEBHOOK_KEY_PREVIOUS: previous }).auth);
    expect((await call(`${url}/`, { body: valid, headers: { "x-webhook-key": KEY } })).status).toBe(200);
    expect((await call(`${url}/`, { body: valid, headers: { "x-webhook-key": previous } })).status).toBe(200);
    expect((await call(`${url}/?code=${previous}`, { body: invalid })).status).toBe(422);
    expect((await call(`${url}/`, { body: valid, headers: { "x-webhook-key": "third-key-0123456789abcdef" } })).status).toBe(401);
    expect((await call(`${url}/?code=${previous}x`, { body: valid })).status).toBe(401);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line).not.toContain(previous);
  });

  it("shuts down gracefully: a request in flight is answered, new connections are refused", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const { url } = await start(async () => {
      arrived();
      await gate;
      return { status: 200, body: { valid: true } };
    });
    const pending = call(`${url}/`, { body: valid, headers: { "x-webhook-key": KEY } });
    await inFlight;
    const closed = host!.close();
    host = undefined;
    release();
    expect(await pending).toEqual({ status: 200, body: { valid: true } });
    await closed;
    await expect(call(`${url}/healthz`, { method: "GET" })).rejects.toThrow();
  });
});

describe("readConfig", () => {
  it("needs a key of 16 characters or more and reads PORT", () => {
    expect(() => readConfig({})).toThrow(/WEBHOOK_KEY/);
    expect(() => readConfig({ WEBHOOK_KEY: "short" })).toThrow(/WEBHOOK_KEY/);
    expect(readConfig({ WEBHOOK_KEY: KEY, PORT: "9000" })).toMatchObject({
      port: 9000,
      auth: { header: { name: "x-webhook-key", value: KEY }, code: KEY },
    });
    expect(() => readConfig({ WEBHOOK_KEY: KEY, PORT: "x" })).toThrow(/PORT/);
  });

  it("reads WEBHOOK_KEY_PREVIOUS, 16 characters or more, and names it without its value when it is not", () => {
    expect(readConfig({ WEBHOOK_KEY: KEY }).auth.previous).toBeUndefined();
    expect(readConfig({ WEBHOOK_KEY: KEY, WEBHOOK_KEY_PREVIOUS: "" }).auth.previous).toBeUndefined();
    expect(readConfig({ WEBHOOK_KEY: KEY, WEBHOOK_KEY_PREVIOUS: "old-key-fedcba9876543210" }).auth).toMatchObject({
      code: KEY,
      previous: "old-key-fedcba9876543210",
    });
    expect(() => readConfig({ WEBHOOK_KEY: KEY, WEBHOOK_KEY_PREVIOUS: "short-secret" })).toThrow(/^WEBHOOK_KEY_PREVIOUS(?!.*short-secret)/);
  });
});
