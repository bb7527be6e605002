/** @jest-environment node */
import { NodeDataverseClient, parseOrgUrl } from "../../dataverse-node";
import { runRegister } from "../../server/register";
import { preImageAttributes, STEPS } from "../../server/registration";
import { seedMessages, TABLES_WITH_REGISTRATION } from "../../simulator/webApi/registrationTables";
import { startWebApiDouble, WebApiDouble } from "../../simulator/webApi/webApiDouble";

/** `npm run register` against the Web API double: idempotent, dry-run writes nothing, remove, the key never printed. */

const TOKEN = "test-token-not-a-secret";
// Made up for the test, never a real key.
const KEY = "register-test-key-0123456789";
let double: WebApiDouble;
let lines: string[];

beforeEach(async () => {
  double = await startWebApiDouble({ acceptToken: TOKEN, tables: TABLES_WITH_REGISTRATION });
  seedMessages((table, rows) => double.organization.seed(table, rows));
  lines = [];
});
afterEach(() => double.close());

const client = () =>
  new NodeDataverseClient({
    org: parseOrgUrl(double.url),
    getToken: () => Promise.resolve(TOKEN),
    retry: { sleep: () => Promise.resolve() },
  });
const registerWith = (env: Record<string, string>, ...args: string[]) =>
  runRegister(["--org", double.url, ...args], { env, out: (line) => lines.push(line), clientFor: client });
const register = (...args: string[]) => registerWith({ WEBHOOK_KEY: KEY }, ...args);
/** The PreValidation Update steps: socialprofile and msdyn_ocwhatsappchannelaccount. */
const UPDATE_STEPS = STEPS.filter((step) => step.message === "Update").length;
const rows = async (table: string) => (await double.organization.retrieveMultipleRecords(table)).entities;

describe("npm run register", () => {
  it("creates the webhook endpoint and one step per handled step, then changes nothing on a second run", async () => {
    expect(await register("--url", "https://webhook.example.com/")).toBe(0);
    const [endpoint] = await rows("serviceendpoint");
    expect(endpoint).toMatchObject({ contract: 8, authtype: 5, url: "https://webhook.example.com/" });
    expect(endpoint.authvalue).toBe(`<settings><setting name="x-webhook-key" value="${KEY}" /></settings>`);
    const steps = await rows("sdkmessageprocessingstep");
    expect(steps).toHaveLength(STEPS.length);
    expect(steps.every((step) => step._eventhandler_value === endpoint.serviceendpointid)).toBe(true);
    expect(steps.filter((step) => step.stage === 10 && step.mode === 0)).toHaveLength(4);
    expect(steps.filter((step) => step.stage === 40 && step.mode === 1)).toHaveLength(1);

    expect(await register("--url", "https://webhook2.example.com/", "--auth", "WebhookKey")).toBe(0);
    expect(await rows("serviceendpoint")).toEqual([
      expect.objectContaining({
        serviceendpointid: endpoint.serviceendpointid,
        authtype: 4,
        authvalue: KEY,
        url: "https://webhook2.example.com/",
      }),
    ]);
    expect(await rows("sdkmessageprocessingstep")).toHaveLength(STEPS.length);
  });

  it("--dry-run prints the writes with the key masked and writes nothing", async () => {
    expect(await register("--url", "https://webhook.example.com/", "--dry-run")).toBe(0);
    expect(lines.length).toBe(1 + STEPS.length + UPDATE_STEPS);
    expect(lines[0]).toMatch(/^would create serviceendpoint .*"authvalue":"\*+"/);
    const images = lines.filter((line) => line.startsWith("would create sdkmessageprocessingstepimage "));
    expect(images).toHaveLength(UPDATE_STEPS);
    expect(images[0]).toContain(
      `"imagetype":0,"messagepropertyname":"Target","attributes":"${preImageAttributes("socialprofile").join(",")}"`,
    );
    expect(await rows("serviceendpoint")).toEqual([]);
    expect(await rows("sdkmessageprocessingstep")).toEqual([]);
    expect(await rows("sdkmessageprocessingstepimage")).toEqual([]);
  });

  it("registers one pre-image on each PreValidation Update step, with the columns the rules judge; a second run changes nothing", async () => {
    expect(await register("--url", "https://webhook.example.com/")).toBe(0);
    expect(lines.at(-1)).toMatch(/5 steps and 2 pre-images\.$/);
    const steps = await rows("sdkmessageprocessingstep");
    const images = await rows("sdkmessageprocessingstepimage");
    expect(images).toHaveLength(UPDATE_STEPS);
    for (const table of ["socialprofile", "msdyn_ocwhatsappchannelaccount"]) {
      const step = steps.find((row) => String(row.name).includes(`Update of ${table} `))!;
      expect(images.filter((image) => image._sdkmessageprocessingstepid_value === step.sdkmessageprocessingstepid)).toEqual([
        expect.objectContaining({
          name: "PreImage",
          entityalias: "PreImage",
          imagetype: 0,
          messagepropertyname: "Target",
          attributes: preImageAttributes(table).join(","),
        }),
      ]);
    }
    // The primary key is the image's Id; community is create-only (validationStep.ts drops it from the image).
    expect(preImageAttributes("socialprofile")).toEqual(expect.arrayContaining(["profilelink", "statecode", "statuscode", "customerid"]));
    expect(preImageAttributes("socialprofile")).not.toEqual(expect.arrayContaining(["socialprofileid"]));
    expect(preImageAttributes("socialprofile")).not.toContain("community");

    expect(await register("--url", "https://webhook.example.com/")).toBe(0);
    expect(await rows("sdkmessageprocessingstepimage")).toEqual(images);
    expect(await rows("sdkmessageprocessingstep")).toEqual(steps);
  });

  it("--remove deletes the pre-images, each before its step, the steps and the endpoint", async () => {
    await register("--url", "https://webhook.example.com/");
    lines = [];
    expect(await register("--remove")).toBe(0);
    expect(await rows("serviceendpoint")).toEqual([]);
    expect(await rows("sdkmessageprocessingstep")).toEqual([]);
    expect(await rows("sdkmessageprocessingstepimage")).toEqual([]);
    const imageLines = lines.filter((line) => line.startsWith("delete sdkmessageprocessingstepimage "));
    expect(imageLines).toHaveLength(UPDATE_STEPS);
    for (const line of imageLines) {
      const step = /"PreImage of (.*)"/.exec(line)![1];
      expect(lines.indexOf(line)).toBeLessThan(lines.findIndex((other) => other.startsWith(`delete sdkmessageprocessingstep "${step}"`)));
    }
    expect(await register("--remove")).toBe(0);
    expect(lines.at(-1)).toMatch(/Nothing registered/);
  });

  it("never prints the key", async () => {
    await register("--url", "https://webhook.example.com/", "--dry-run");
    await register("--url", "https://webhook.example.com/");
    await register("--remove");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).not.toContain(KEY);
  });

  it("refuses a plain-http url off loopback, a url with ?code=, and a short or missing key", async () => {
    await expect(register("--url", "http://webhook.example.com/")).rejects.toThrow(/https/);
    await expect(register("--url", `https://webhook.example.com/?code=${KEY}`)).rejects.toThrow(/credentials/);
    await expect(registerWith({ WEBHOOK_KEY: "short" }, "--url", "https://webhook.example.com/")).rejects.toThrow(/16 characters/);
    await expect(registerWith({}, "--url", "https://webhook.example.com/")).rejects.toThrow(/WEBHOOK_KEY/);
  });

  it("refuses --key (it would show in ps and shell history), names WEBHOOK_KEY, and never repeats the value", async () => {
    for (const args of [["--key", KEY], [`--key=${KEY}`]]) {
      const refused = registerWith({}, "--url", "https://webhook.example.com/", ...args);
      await expect(refused).rejects.toThrow(/^--key is not taken.*Set WEBHOOK_KEY/);
      await expect(refused).rejects.not.toThrow(KEY);
    }
    expect(await rows("serviceendpoint")).toEqual([]);
  });
});
