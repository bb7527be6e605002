/** @jest-environment node */
import { NodeDataverseClient, parseOrgUrl } from "../../dataverse-node";
import { socialprofile } from "../../plugins-shim/schema";
import { createWebhookHandler } from "../../server/handler";
import { startWebhookHost, WebhookHost } from "../../server/host";
import { jsonLog } from "../../server/log";
import { runRegister } from "../../server/register";
import { seedMessages, TABLES_WITH_REGISTRATION } from "../../simulator/webApi/registrationTables";
import { startWebApiDouble, WebApiDouble } from "../../simulator/webApi/webApiDouble";
import sample from "../plugins-shim/fixtures/seed004-sample-payload.json";

/**
 * End to end on 127.0.0.1: the webhook host (server/host.ts), the Web API double with its
 * dispatcher, `npm run register` against the double, and writes through the Node client
 * (NodeDataverseClient) as a flow or an import would make them.
 *
 * The org holds no copy of the project's rules: its socialprofile.profilelink is a plain text
 * column (the platform checks lengths and types, not which links are safe), so without the
 * webhook a `javascript:` link is stored, as today.
 */

const TOKEN = "test-token-not-a-secret";
// Made up for the test, never a real key.
const KEY = "e2e-webhook-key-0123456789";
const PLATFORM_TABLES = {
  ...TABLES_WITH_REGISTRATION,
  socialprofile: {
    ...socialprofile,
    columns: { ...socialprofile.columns, profilelink: { ...socialprofile.columns.profilelink, format: "text" as const } },
  },
};
const INVALID = { profilename: "mallory", profilelink: "javascript:alert(1)" };
const VALID = { profilename: "ada", community: 2, profilelink: "https://example.com/ada" };
// Made up for the test (Twilio's shapes: "AC" + 32 hex digits, 32 hex digits), never real credentials.
const WHATSAPP_ACCOUNT = {
  msdyn_name: "Contoso",
  msdyn_provideraccountid: `AC${"0a".repeat(16)}`,
  msdyn_providertype: 192350000,
  msdyn_authenticationtoken: "1b".repeat(16),
  msdyn_secureauthenticationtoken: "2c".repeat(16),
};

let double: WebApiDouble;
let host: WebhookHost | undefined;
let logLines: string[];

async function start(options: { register: boolean; hostUp: boolean; deliverAsyncTwice?: boolean; hostClient?: () => NodeDataverseClient }) {
  double = await startWebApiDouble({
    acceptToken: TOKEN,
    tables: PLATFORM_TABLES,
    webhooks: { timeoutMs: 5_000, deliverAsyncTwice: options.deliverAsyncTwice },
  });
  seedMessages((table, rows) => double.organization.seed(table, rows));
  logLines = [];
  const log = jsonLog((line) => logLines.push(line));
  host = await startWebhookHost({
    handler: createWebhookHandler({ client: (options.hostClient ?? client)(), log }),
    auth: { header: { name: "x-webhook-key", value: KEY }, code: KEY },
    log,
  });
  const url = `${host.url}/`;
  if (options.register) {
    const printed: string[] = [];
    await runRegister(["--org", double.url, "--url", url], {
      env: { WEBHOOK_KEY: KEY },
      out: (line) => printed.push(line),
      clientFor: client,
    });
    for (const line of printed) expect(line).not.toContain(KEY);
  }
  if (!options.hostUp) {
    await host.close();
    host = undefined;
  }
}

const client = () =>
  new NodeDataverseClient({
    org: parseOrgUrl(double.url),
    getToken: () => Promise.resolve(TOKEN),
    retry: { sleep: () => Promise.resolve() },
  });
const profiles = async () =>
  (await double.organization.retrieveMultipleRecords("socialprofile", "?$select=profilename")).entities.map((row) => row.profilename);

afterEach(async () => {
  await double.webhooks?.settled();
  await host?.close();
  host = undefined;
  await double.close();
});

describe("the webhook, registered against the Web API double", () => {
  it("refuses an invalid profile written through the Web API, and creates a valid one", async () => {
    await start({ register: true, hostUp: true });
    await expect(client().createRecord("socialprofile", INVALID)).rejects.toMatchObject({ errorCode: 0x80040265, status: 400 });
    const created = await client().createRecord("socialprofile", VALID);
    expect(await profiles()).toEqual(["ada"]);
    // An update is judged over the stored row: the pre-image `npm run register` registered, which the dispatcher sends.
    await expect(client().updateRecord("socialprofile", created.id, { profilelink: "javascript:alert(1)" })).rejects.toMatchObject({
      errorCode: 0x80040265,
    });
    await client().updateRecord("socialprofile", created.id, { profilename: "ada lovelace" });
    expect(await profiles()).toEqual(["ada lovelace"]);
    expect(logLines.map((line) => JSON.parse(line).message)).toEqual(expect.arrayContaining(["refused", "accepted"]));
    for (const line of logLines) expect(line).not.toContain(KEY);
  });

  it("accepts the invalid profile, as today, when no step is registered", async () => {
    await start({ register: false, hostUp: true });
    await client().createRecord("socialprofile", INVALID);
    expect(await profiles()).toEqual(["mallory"]);
  });

  it("fails closed when the steps are registered and the host is down: every write of the table is refused", async () => {
    await start({ register: true, hostUp: false });
    await expect(client().createRecord("socialprofile", INVALID)).rejects.toMatchObject({ errorCode: 0x80040265 });
    await expect(client().createRecord("socialprofile", VALID)).rejects.toMatchObject({ errorCode: 0x80040265 });
    expect(await profiles()).toEqual([]);
  });

  it("accepts the writes again once the steps are turned off (statecode 1, statuscode 2), as docs/admin.md says", async () => {
    await start({ register: true, hostUp: false });
    const steps = (await double.organization.retrieveMultipleRecords("sdkmessageprocessingstep", "?$select=sdkmessageprocessingstepid"))
      .entities;
    for (const step of steps)
      await client().updateRecord("sdkmessageprocessingstep", String(step.sdkmessageprocessingstepid), { statecode: 1, statuscode: 2 });
    await client().createRecord("socialprofile", INVALID);
    expect(await profiles()).toEqual(["mallory"]);
  });

  /**
   * The pre-image (issue 24 item 3): an Update's target holds only the columns it changes, so the
   * host judges it over the stored row only when `npm run register` registered the step's image.
   * Where that matters for these rules: a WhatsApp account's Auth token is required unless its OC
   * Auth token is set (satisfiedBy). Clearing the plain token, with the secure one stored, is
   * valid over the pre-image; without the image the host sees the target alone and refuses it —
   * a false refusal, the failure mode of a step registered without its image. An update of the
   * name alone is accepted either way: an update is judged on the columns it carries (and the
   * stored ones, with the image), and required columns it leaves out are not asked for.
   */
  it.each([
    ["with the pre-image registered: judged over the stored row, accepted", true],
    ["without the pre-image (removed by hand): judged on the target alone, refused", false],
  ])("clears a WhatsApp account's Auth token while its OC Auth token is stored, %s", async (_name, withImage) => {
    await start({ register: true, hostUp: true });
    if (!withImage) {
      for (const image of (await double.organization.retrieveMultipleRecords("sdkmessageprocessingstepimage")).entities) {
        await client().deleteRecord("sdkmessageprocessingstepimage", String(image.sdkmessageprocessingstepimageid));
      }
    }
    const [id] = double.organization.seed("msdyn_ocwhatsappchannelaccount", [WHATSAPP_ACCOUNT]);
    await client().updateRecord("msdyn_ocwhatsappchannelaccount", id, { msdyn_name: "Contoso support" });
    const clearing = client().updateRecord("msdyn_ocwhatsappchannelaccount", id, { msdyn_authenticationtoken: null });
    if (withImage) await clearing;
    else await expect(clearing).rejects.toMatchObject({ errorCode: 0x80040265, status: 400 });
    const stored = await double.organization.retrieveRecord("msdyn_ocwhatsappchannelaccount", id);
    expect(stored).toMatchObject({
      msdyn_name: "Contoso support",
      msdyn_authenticationtoken: withImage ? null : WHATSAPP_ACCOUNT.msdyn_authenticationtoken,
    });
    const refused = logLines.map((line) => JSON.parse(line)).filter((line) => line.message === "refused");
    expect(refused.map((line) => line.diagnostics)).toEqual(
      withImage ? [] : [[expect.objectContaining({ column: "msdyn_authenticationtoken", code: "required" })]],
    );
    // The tokens travel in the pre-image; the host's logs never carry them.
    for (const line of logLines) {
      expect(line).not.toContain(WHATSAPP_ACCOUNT.msdyn_authenticationtoken);
      expect(line).not.toContain(WHATSAPP_ACCOUNT.msdyn_secureauthenticationtoken);
    }
  });

  /**
   * The asynchronous step (server/intakeStep.ts): the activity is saved (the step runs after
   * commit), then linked to its author's profile and contact, created through the Node client as
   * one change set. Delivered twice at once (the dispatcher's deliverAsyncTwice): linked once.
   */
  it.each([
    ["once", false],
    ["twice, overlapping", true],
  ])(
    "links a social activity created through the Web API to a new profile and contact after commit, delivered %s",
    async (_name, twice) => {
      await start({ register: true, hostUp: true, deliverAsyncTwice: twice });
      const activity = await client().createRecord("socialactivity", {
        subject: "hello",
        community: 2,
        posturl: sample.posturl,
        activityadditionalparams: JSON.stringify(sample),
      });
      await double.webhooks!.settled();
      const deliveries = double.webhooks!.asyncDeliveries;
      expect(deliveries).toHaveLength(twice ? 2 : 1);
      expect(deliveries.every((delivery) => delivery.id === activity.id && delivery.status === 200 && delivery.succeeded)).toBe(true);
      const rows = async (table: string) => (await double.organization.retrieveMultipleRecords(table)).entities;
      const [profile, ...moreProfiles] = await rows("socialprofile");
      const [contact, ...moreContacts] = await rows("contact");
      expect([moreProfiles, moreContacts]).toEqual([[], []]);
      expect(profile).toMatchObject({ profilename: "Contoso", community: 2, _customerid_value: contact.contactid });
      const stored = await double.organization.retrieveRecord("socialactivity", activity.id);
      expect(stored).toMatchObject({
        subject: "hello",
        _postfromprofileid_value: profile.socialprofileid,
        _postauthor_value: contact.contactid,
      });
      // The author's rows and the link went as one change set: the only write after the activity's create.
      const writes = double.requests
        .filter((request) => request.method !== "GET")
        .map((request) => `${request.method} ${request.url.split("?")[0]}`);
      expect(writes.slice(writes.indexOf("POST /api/data/v9.2/socialactivities") + 1)).toEqual(["POST /api/data/v9.2/$batch"]);
      const intakeLines = logLines.map((line) => JSON.parse(line)).filter((line) => line.message === "intake");
      expect(intakeLines.map((line) => line.done).sort()).toEqual(twice ? ["alreadyLinked", "linked"] : ["linked"]);
    },
  );

  it("the change set applied but its answer lost: the host answers 503, the second delivery finds the activity linked; one profile", async () => {
    // The double drops the connection of the next write it applies: the host's change set.
    const dropsItsChangeSet = () => {
      const hostClient = client();
      const send = hostClient.executeChangeSet.bind(hostClient);
      hostClient.executeChangeSet = (operations) => {
        double.dropAfterNextWrite();
        return send(operations);
      };
      return hostClient;
    };
    await start({ register: true, hostUp: true, hostClient: dropsItsChangeSet });
    const activity = await client().createRecord("socialactivity", {
      subject: "hello",
      community: 2,
      posturl: sample.posturl,
      activityadditionalparams: JSON.stringify(sample),
    });
    await double.webhooks!.settled();
    expect(double.webhooks!.asyncDeliveries).toEqual([
      expect.objectContaining({ id: activity.id, status: 200, attempts: 2, succeeded: true }),
    ]);
    expect((await double.organization.retrieveMultipleRecords("socialprofile")).entities).toHaveLength(1);
    expect((await double.organization.retrieveMultipleRecords("contact")).entities).toHaveLength(1);
    const intakeLines = logLines.map((line) => JSON.parse(line)).filter((line) => line.message.startsWith("intake"));
    expect(intakeLines.map((line) => line.done ?? line.message)).toEqual(["intake failed: Web API", "alreadyLinked"]);
  });

  it("fails the activity's System Job with 422, once (not retried), when its payload is not a post", async () => {
    await start({ register: true, hostUp: true });
    const activity = await client().createRecord("socialactivity", { subject: "hello", activityadditionalparams: "{not json" });
    await double.webhooks!.settled();
    expect(double.webhooks!.asyncDeliveries).toEqual([
      expect.objectContaining({ id: activity.id, status: 422, attempts: 1, succeeded: false }),
    ]);
    expect((await double.organization.retrieveMultipleRecords("socialprofile")).entities).toEqual([]);
  });
});
