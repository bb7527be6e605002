/** @jest-environment node */
import fc from "fast-check";
import { ErrorCodes } from "../../plugins-shim/client";
import { DEFAULT_UNIQUE_KEYS, InMemoryDataverse, InMemoryDataverseOptions } from "../../simulator/organization/inMemoryDataverse";
import { createWebhookHandler, SIZE_EXCEEDED_HEADER, WebhookHandler } from "../../server/handler";
import { context, ref, sizeExceeded } from "./contexts";
import sample from "../plugins-shim/fixtures/seed004-sample-payload.json";

/**
 * The asynchronous PostOperation Create on socialactivity (server/intakeStep.ts), against the
 * in-memory organization (no change sets: linkAuthor.ts writes one row at a time).
 *
 * Invariants: an activity whose payload names an author ends linked to that author's one profile
 * and its contact, however often and however overlapping its event is delivered; one profile and
 * one contact per author (community + handle); a payload that is not a post is a 422 that names
 * what is wrong without its values, and writes nothing.
 */

async function linkedActivity(client: InMemoryDataverse, linked: boolean) {
  const contact = await client.createRecord("contact", { lastname: "Lovelace" });
  const profile = await client.createRecord("socialprofile", {
    profilename: "ada",
    community: 2,
    "customerid_contact@odata.bind": `/contacts(${contact.id})`,
  });
  const links = linked
    ? { "postfromprofileid@odata.bind": `/socialprofiles(${profile.id})`, "postauthor_contact@odata.bind": `/contacts(${contact.id})` }
    : {};
  const activity = await client.createRecord("socialactivity", {
    subject: "Hi",
    community: 2,
    posturl: "https://x.com/ada/status/1",
    ...links,
  });
  return { contactId: contact.id, profileId: profile.id, activityId: activity.id };
}

const created = (id: string, target: Record<string, unknown>) =>
  context({ message: "Create", table: "socialactivity", id, stage: 40, mode: 1, target });

/** Seed 004's sample as another post (its own URL) by the author `handle`. */
const postBy = (handle: string, n: number) => ({
  ...sample,
  posturl: `https://www.twitter.com/${handle}/status/${n}`,
  activityadditionalparams: { ...sample.activityadditionalparams, socialHandle: handle, profileName: handle, fullName: `${handle} Person` },
});

/** An activity as a flow or an import writes it: the post's columns and its payload, no links. */
async function unlinkedActivity(client: InMemoryDataverse, payload: unknown): Promise<string> {
  const text = typeof payload === "string" ? payload : JSON.stringify(payload);
  return (await client.createRecord("socialactivity", { subject: "post", community: 2, activityadditionalparams: text })).id;
}

/** What Dataverse POSTs for the activity's create: the Target as written, without links. */
const deliver = (handler: WebhookHandler, id: string) => handler({ headers: {}, body: JSON.stringify(created(id, { subject: "post" })) });

const rows = async (client: InMemoryDataverse, table: string) => (await client.retrieveMultipleRecords(table)).entities;
const links = async (client: InMemoryDataverse, id: string) => {
  const row = await client.retrieveRecord("socialactivity", id);
  return { profile: row._postfromprofileid_value, author: row._postauthor_value, account: row._postauthoraccount_value };
};

describe("asynchronous socialactivity intake", () => {
  it("does nothing for an activity that already has its profile and author, however often it is delivered", async () => {
    const client = new InMemoryDataverse();
    const { activityId, profileId, contactId } = await linkedActivity(client, true);
    const handler = createWebhookHandler({ client });
    const body = JSON.stringify(
      created(activityId, { subject: "Hi", postfromprofileid: ref("socialprofile", profileId), postauthor: ref("contact", contactId) }),
    );
    for (let delivery = 0; delivery < 2; delivery += 1)
      expect(await handler({ headers: {}, body })).toEqual({ status: 200, body: { done: "alreadyLinked" } });
    expect(await rows(client, "socialprofile")).toHaveLength(1);
    expect(await rows(client, "contact")).toHaveLength(1);
  });

  it("reads the activity through the Web API when the context came over 256 KB without its Target", async () => {
    const client = new InMemoryDataverse();
    const { activityId } = await linkedActivity(client, true);
    const body = JSON.stringify(sizeExceeded(created(activityId, { subject: "Hi" })));
    expect(await createWebhookHandler({ client })({ headers: { [SIZE_EXCEEDED_HEADER]: "true" }, body })).toEqual({
      status: 200,
      body: { done: "alreadyLinked" },
    });
  });

  it("creates the author's contact and profile and links the activity, once, when the event is delivered twice", async () => {
    const client = new InMemoryDataverse();
    const id = await unlinkedActivity(client, sample);
    const handler = createWebhookHandler({ client });
    const first = await deliver(handler, id);
    expect(first).toMatchObject({ status: 200, body: { done: "linked", profileAction: "create" } });
    expect(await deliver(handler, id)).toEqual({ status: 200, body: { done: "alreadyLinked" } });
    const [profile] = await rows(client, "socialprofile");
    const [contact] = await rows(client, "contact");
    expect(await rows(client, "socialprofile")).toHaveLength(1);
    expect(await rows(client, "contact")).toHaveLength(1);
    // The same records intake writes for the seed's sample (runIntake.test.ts, golden).
    expect(profile).toMatchObject({
      profilename: "Contoso",
      profilefullname: "Contoso",
      community: 2,
      influencescore: 41,
      _customerid_value: contact.contactid,
    });
    expect(contact).toMatchObject({ lastname: "Contoso" });
    expect(await links(client, id)).toEqual({ profile: profile.socialprofileid, author: contact.contactid, account: contact.contactid });
    expect(first.body).toMatchObject({ socialprofile: profile.socialprofileid, contact: contact.contactid });
  });

  it("reuses an active profile of the same community and handle, and its contact (also how a crash between the profile and the link is recovered)", async () => {
    const client = new InMemoryDataverse();
    // What a crash after the profile's create and before the activity's update leaves behind.
    const [contactId] = client.seed("contact", [{ firstname: "Known", lastname: "Person" }]);
    const [profileId] = client.seed("socialprofile", [
      { profilename: "Contoso", community: 2, "customerid_contact@odata.bind": `/contacts(${contactId})` },
    ]);
    const id = await unlinkedActivity(client, sample);
    expect(await deliver(createWebhookHandler({ client }), id)).toMatchObject({
      status: 200,
      body: { done: "linked", profileAction: "reuse", socialprofile: profileId, contact: contactId },
    });
    expect(await links(client, id)).toEqual({ profile: profileId, author: contactId, account: contactId });
    expect(await rows(client, "socialprofile")).toHaveLength(1);
    expect(await rows(client, "contact")).toHaveLength(1);
  });

  it("takes back the new contact and profile when the activity's update fails (503), and the retried delivery links once", async () => {
    let failUpdate = true;
    const client = new InMemoryDataverse({
      intercept: (request) => {
        if (request.operation !== "update" || request.table !== "socialactivity" || !failUpdate) return undefined;
        failUpdate = false;
        return { errorCode: ErrorCodes.GenericSqlError, message: "Generic SQL error.", status: 500 };
      },
    });
    const id = await unlinkedActivity(client, sample);
    const handler = createWebhookHandler({ client });
    expect((await deliver(handler, id)).status).toBe(503);
    expect(await rows(client, "socialprofile")).toHaveLength(0);
    expect(await rows(client, "contact")).toHaveLength(0);
    expect(await deliver(handler, id)).toMatchObject({ status: 200, body: { done: "linked" } });
    expect(await rows(client, "socialprofile")).toHaveLength(1);
    expect(await rows(client, "contact")).toHaveLength(1);
  });

  it("overlapping deliveries of activities by a few authors: one profile and one contact per author, each activity linked to its author's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ author: fc.constantFrom("ada", "Ada", "grace", "linus"), deliveries: fc.integer({ min: 1, max: 3 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        async (posts) => {
          const client = new InMemoryDataverse();
          const handler = createWebhookHandler({ client });
          const ids = await Promise.all(posts.map((post, n) => unlinkedActivity(client, postBy(post.author, n))));
          // Every delivery of every activity at once: the interleaving is the event loop's.
          const answers = await Promise.all(
            posts.flatMap((post, n) => Array.from({ length: post.deliveries }, () => deliver(handler, ids[n]))),
          );
          expect(answers.every((answer) => answer.status === 200)).toBe(true);
          // Linked exactly once per activity; the other deliveries found it linked.
          expect(answers.filter((answer) => answer.body.done === "linked")).toHaveLength(posts.length);
          // Handles match case-insensitively, as Dataverse compares text ("Ada" is "ada").
          const authors = new Set(posts.map((post) => post.author.toLowerCase()));
          const profiles = await rows(client, "socialprofile");
          expect(profiles).toHaveLength(authors.size);
          expect(await rows(client, "contact")).toHaveLength(authors.size);
          for (const [n, post] of posts.entries()) {
            const profile = profiles.find((row) => String(row.profilename).toLowerCase() === post.author.toLowerCase())!;
            expect(await links(client, ids[n])).toEqual({
              profile: profile.socialprofileid,
              author: profile._customerid_value,
              account: profile._customerid_value,
            });
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("two hosts (no shared lock) over an org with an alternate key on the profile's community and name: still one profile", async () => {
    const options: InMemoryDataverseOptions = {
      uniqueKeys: {
        ...DEFAULT_UNIQUE_KEYS,
        socialprofile: [{ columns: ["community", "profilename"], errorCode: ErrorCodes.DuplicateRecord }],
      },
    };
    const client = new InMemoryDataverse(options);
    const ids = await Promise.all([0, 1, 2].map((n) => unlinkedActivity(client, postBy("ada", n))));
    const hosts = [createWebhookHandler({ client }), createWebhookHandler({ client })];
    const answers = await Promise.all(ids.flatMap((id) => hosts.map((host) => deliver(host, id))));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    const [profile, ...others] = await rows(client, "socialprofile");
    expect(others).toEqual([]);
    expect(await rows(client, "contact")).toHaveLength(1);
    for (const id of ids) expect((await links(client, id)).profile).toBe(profile.socialprofileid);
  });

  it.each([
    ["no payload", undefined, /has no Additional Parameters/],
    ["a payload that is not JSON", "{not json", /are not JSON/],
    ["a payload that is not a post", { community: 2 }, /are not a valid social post/],
  ])("fails the System Job with 422 and writes nothing for %s", async (_name, payload, message) => {
    const client = new InMemoryDataverse();
    const id =
      payload === undefined
        ? (await client.createRecord("socialactivity", { subject: "post" })).id
        : await unlinkedActivity(client, payload);
    const answer = await deliver(createWebhookHandler({ client }), id);
    expect(answer.status).toBe(422);
    expect(String(answer.body.error)).toMatch(message);
    expect(await rows(client, "socialprofile")).toEqual([]);
    expect(await rows(client, "contact")).toEqual([]);
  });

  it("any payload at all: linked (200) or refused (422) with no values echoed, never a crash, nothing written when refused", async () => {
    const MARK = "zz-hostile-mark";
    const hostile = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.constant(`${"[".repeat(3000)}${"]".repeat(3000)}`),
      fc.constant(JSON.stringify({ ...sample, posturl: `javascript:alert('${MARK}')` })),
      fc.constant(
        JSON.stringify({
          ...sample,
          activityadditionalparams: {
            ...sample.activityadditionalparams,
            socialHandle: { __proto__: { polluted: MARK } },
            community: MARK,
          },
        }),
      ),
      fc.constant('{"__proto__": {"polluted": true}, "community": 2}'),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const client = new InMemoryDataverse();
        const id = await unlinkedActivity(client, text.trim() === "" ? "x" : text);
        const answer = await deliver(createWebhookHandler({ client }), id);
        expect([200, 422]).toContain(answer.status);
        if (answer.status === 422) {
          expect(JSON.stringify(answer.body)).not.toContain(MARK);
          expect(await rows(client, "socialprofile")).toEqual([]);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it("answers 503 (Dataverse retries once) when the Web API fails", async () => {
    const client = new InMemoryDataverse();
    const body = JSON.stringify(sizeExceeded(created("11111111-1111-1111-1111-111111111111", {})));
    // No such activity: the Web API's 404 is a failure of the read, not of the rules.
    expect((await createWebhookHandler({ client })({ headers: { [SIZE_EXCEEDED_HEADER]: "true" }, body })).status).toBe(503);
  });
});
