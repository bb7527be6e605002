/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { InMemoryDataverse } from "../../simulator/organization/inMemoryDataverse";
import { createWebhookHandler, SIZE_EXCEEDED_HEADER, WebhookRequest } from "../../server/handler";
import { parseRemoteContext } from "../../server/remoteContext";
import { jsonLog } from "../../server/log";
import { context, date, money, option, ref, sizeExceeded } from "./contexts";

const SAMPLE = readFileSync(path.join(__dirname, "fixtures/use-webhooks-sample.json"), "utf8");
const SID = `AC${"a".repeat(32)}`;
const TOKEN = "b".repeat(32);
const PROFILE_ID = "6d81597f-0f9f-e711-8122-000d3aa2331c";
const CONTACT_ID = "75c2dd85-e89e-e711-8122-000d3aa2331c";

const handler = (client = new InMemoryDataverse()) => createWebhookHandler({ client });
const post = (body: unknown, headers: WebhookRequest["headers"] = {}): WebhookRequest => ({
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("parseRemoteContext: the docs' sample", () => {
  it("reads Microsoft's sample request body as Dataverse posts it", () => {
    const parsed = parseRemoteContext(SAMPLE);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.context).toMatchObject({
      messageName: "Update",
      primaryEntityName: "contact",
      primaryEntityId: PROFILE_ID,
      stage: 40,
      mode: 1,
      depth: 1,
    });
    expect(parsed.context.inputParameters.Target).toEqual({
      logicalName: "contact",
      id: PROFILE_ID,
      attributes: {
        firstname: "James",
        contactid: PROFILE_ID,
        fullname: "James Glynn (sample)",
        yomifullname: "James Glynn (sample)",
        modifiedon: "2017-09-26T00:04:07.000Z",
        modifiedby: { entityType: "systemuser", id: CONTACT_ID },
        modifiedonbehalfby: null,
      },
    });
    // The post-image has no __type in the sample: an object with Attributes is an entity.
    expect(parsed.context.postEntityImages.AsynchronousStepPrimaryName).toMatchObject({
      logicalName: "contact",
      attributes: { fullname: "James Glynn (sample)" },
    });
  });

  it("reads OptionSetValue and Money as numbers and a /Date(ms±zone)/ as its UTC instant", () => {
    const built = context({
      message: "Create",
      table: "socialprofile",
      stage: 10,
      mode: 0,
      target: { community: option(2), revenue: money(12.5), createdon: "/Date(1506409448000-0700)/" },
    });
    const parsed = parseRemoteContext(JSON.stringify(built));
    if (!parsed.ok) throw new Error(parsed.error);
    expect((parsed.context.inputParameters.Target as { attributes: unknown }).attributes).toEqual({
      community: 2,
      revenue: 12.5,
      createdon: "2017-09-26T07:04:08.000Z",
    });
  });

  it("the sample is no step of this host: 400, not a crash", async () => {
    expect((await handler()(post(SAMPLE))).status).toBe(400);
  });
});

describe("synchronous PreValidation validation", () => {
  const profileCreate = (target: Record<string, unknown>) =>
    context({ message: "Create", table: "socialprofile", stage: 10, mode: 0, target });

  it("accepts a valid social profile: 200", async () => {
    const answer = await handler()(
      post(profileCreate({ profilename: "ada", community: option(2), customerid: ref("contact", CONTACT_ID) })),
    );
    expect(answer).toEqual({ status: 200, body: { valid: true } });
  });

  it("refuses an invalid social profile: 422 with the diagnostics for the logs", async () => {
    const answer = await handler()(post(profileCreate({ profilename: "ada", community: option(2), profilelink: "javascript:alert(1)" })));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ valid: false, diagnostics: [expect.objectContaining({ column: "profilelink" })] });
  });

  it("refuses a community that is no choice", async () => {
    const answer = await handler()(post(profileCreate({ profilename: "ada", community: option(999) })));
    expect(answer.body).toMatchObject({ diagnostics: [expect.objectContaining({ column: "community", code: "choice" })] });
  });

  it("judges an Update's target merged over the pre-image, create-only columns of the stored row allowed", async () => {
    const update = (target: Record<string, unknown>) =>
      context({
        message: "Update",
        table: "socialprofile",
        id: PROFILE_ID,
        stage: 10,
        mode: 0,
        target,
        preImage: { profilename: "ada", community: option(2), statecode: option(0), statuscode: option(1) },
      });
    expect((await handler()(post(update({ profilefullname: "Ada Lovelace" })))).status).toBe(200);
    // The target itself may not change a create-only column.
    expect((await handler()(post(update({ community: option(1) })))).status).toBe(422);
  });

  it("accepts a valid WhatsApp account and refuses a malformed Account SID", async () => {
    const account = (sid: string) =>
      context({
        message: "Create",
        table: "msdyn_ocwhatsappchannelaccount",
        stage: 10,
        mode: 0,
        target: {
          msdyn_name: "Contoso",
          msdyn_provideraccountid: sid,
          msdyn_providertype: option(192350000),
          msdyn_authenticationtoken: TOKEN,
          msdyn_secureauthenticationtoken: TOKEN,
        },
      });
    expect((await handler()(post(account(SID)))).status).toBe(200);
    const refused = await handler()(post(account("nope")));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ diagnostics: [expect.objectContaining({ column: "msdyn_provideraccountid" })] });
  });

  it("leaves out columns the seeds' schema does not know (custom and platform columns) instead of refusing them", async () => {
    const answer = await handler()(
      post(profileCreate({ profilename: "ada", community: option(2), new_custom: "x", createdon: date("2024-01-01T00:00:00Z") })),
    );
    expect(answer.status).toBe(200);
  });

  it("fails closed when a payload over 256 KB came without its Target", async () => {
    const answer = await handler()(post(sizeExceeded(profileCreate({ profilename: "ada" })), { [SIZE_EXCEEDED_HEADER]: "true" }));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ valid: false, error: expect.stringContaining("no Target") });
  });
});

describe("secrets stay out of the logs", () => {
  it("a refused WhatsApp account's SID and tokens are not logged, only the columns and message keys", async () => {
    const lines: string[] = [];
    const secrets = ["ACzzMadeUpSid", "madeUpToken!!", "m".repeat(300)];
    const h = createWebhookHandler({ client: new InMemoryDataverse(), log: jsonLog((line) => lines.push(line)) });
    const answer = await h(
      post(
        context({
          message: "Create",
          table: "msdyn_ocwhatsappchannelaccount",
          stage: 10,
          mode: 0,
          target: {
            msdyn_name: "Contoso",
            msdyn_provideraccountid: secrets[0],
            msdyn_providertype: option(192350000),
            msdyn_authenticationtoken: secrets[1],
            msdyn_secureauthenticationtoken: secrets[2],
          },
        }),
      ),
    );
    expect(answer.status).toBe(422);
    expect(lines.join("")).toContain("validation.format.authToken");
    for (const secret of secrets) expect(lines.join("")).not.toContain(secret);
  });
});

describe("hostile input", () => {
  it("parseRemoteContext never throws, on any text or any JSON", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((text) => `{"MessageName":${JSON.stringify(text)},"InputParameters":[{"key":"Target","value":${text}}]}`),
        ),
        (text) => {
          const parsed = parseRemoteContext(text);
          expect(typeof parsed.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answers 400 to deeply nested entities instead of overflowing the stack", async () => {
    let value: unknown = "x";
    for (let depth = 0; depth < 20000; depth += 1)
      value = { __type: "Entity:x", LogicalName: "socialprofile", Id: "", Attributes: [{ key: "a", value }] };
    const built = {
      ...context({ message: "Create", table: "socialprofile", stage: 10, mode: 0 }),
      InputParameters: [{ key: "Target", value }],
    };
    let body: string;
    try {
      body = JSON.stringify(built);
    } catch {
      return; // this engine can't even write it
    }
    expect((await handler()(post(body))).status).toBe(400);
  });

  it("answers 400 to bodies that are no RemoteExecutionContext", async () => {
    for (const body of [
      "",
      "null",
      "[]",
      "{",
      '{"MessageName":1}',
      JSON.stringify({ ...context({ message: "Create", table: "socialprofile", stage: 10, mode: 0 }), InputParameters: "x" }),
    ]) {
      expect((await handler()(post(body))).status).toBe(400);
    }
  });

  it("never throws on any JSON, and answers 400 or a judgement", async () => {
    const valid = context({ message: "Create", table: "socialprofile", stage: 10, mode: 0, target: { profilename: "ada" } });
    const h = handler();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ ...Object.fromEntries(Object.keys(valid).map((key) => [key, fc.jsonValue()])) }, { requiredKeys: [] }),
        ),
        async (json) => {
          const answer = await h(post(JSON.stringify(json)));
          expect([200, 400, 422, 501, 503]).toContain(answer.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws when the target's attributes are hostile", async () => {
    const h = handler();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "profilename", "customerid", "ownerid", "community")),
          fc.oneof(
            fc.jsonValue(),
            fc.constantFrom(ref("contact", CONTACT_ID), ref("nope", "x"), option(1), money(-1), "/Date(99999999999999999)/"),
          ),
        ),
        async (attributes) => {
          const answer = await h(post(context({ message: "Create", table: "socialprofile", stage: 10, mode: 0, target: attributes })));
          expect([200, 400, 422]).toContain(answer.status);
        },
      ),
      { numRuns: 300 },
    );
  });
});
