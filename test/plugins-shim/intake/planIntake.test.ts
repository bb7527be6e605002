/**
 * planIntake and planAuthor decide, and write nothing: a new post is planned as contact, profile,
 * activity (each referring only to rows planned before it), a known post is reused, a known author
 * is reused with the customer its profile points at. resolvedData and customerOf, the halves the
 * `$batch` apply and the webhook share, are checked on their own.
 * @jest-environment node
 */
import fc from "fast-check";
import type { SocialPost } from "../../../plugins-shim/intake";
import {
  activityIdOf,
  contactIdOf,
  customerOf,
  parseSocialPost,
  planAuthor,
  planIntake,
  profileIdOf,
  resolvedData,
  runIntake,
} from "../../../plugins-shim/intake";
import type { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import sample from "../fixtures/seed004-sample-payload.json";

const post = (): SocialPost => {
  const parsed = parseSocialPost(sample);
  if (!parsed.ok) throw new Error("the seed's sample no longer parses");
  return parsed.post;
};

const rows = async (client: InMemoryDataverse) =>
  Object.fromEntries(
    await Promise.all(
      ["contact", "socialprofile", "socialactivity"].map(async (t) => [t, (await client.retrieveMultipleRecords(t)).entities.length]),
    ),
  );

describe("planIntake", () => {
  it("plans a new post as contact, profile and activity with derived ids, each referring to earlier rows only, and writes nothing", async () => {
    const { client, service } = createEmbeddedOrganization();
    const plan = await planIntake(service, post());
    expect(plan).toMatchObject({
      kind: "create",
      socialactivity: { action: "create" },
      profile: { action: "create" },
      contact: { action: "create" },
    });
    expect(plan.writes.map((write) => write.table)).toEqual(["contact", "socialprofile", "socialactivity"]);
    expect([plan.writes[0].data.contactid, plan.writes[1].data.socialprofileid, plan.writes[2].data.activityid]).toEqual([
      contactIdOf(post()),
      profileIdOf(post()),
      activityIdOf(post()),
    ]);
    plan.writes.forEach((write, i) => {
      const earlier = plan.writes.slice(0, i).map((w) => w.contentId);
      for (const contentId of Object.values(write.refersTo)) expect(earlier).toContain(contentId);
    });
    expect(plan.writes[1].refersTo).toEqual({ "customerid_contact@odata.bind": plan.writes[0].contentId });
    expect(await rows(client)).toEqual({ contact: 0, socialprofile: 0, socialactivity: 0 });
  });

  it("reuses a post the organization holds, with the profile and contact it points at", async () => {
    const { client, service } = createEmbeddedOrganization();
    const created = await runIntake(service, sample);
    const before = await rows(client);
    const plan = await planIntake(service, post());
    expect(plan).toMatchObject({
      kind: "reuse",
      socialactivity: { action: "reuse", id: created.socialactivity!.id, why: "postUrl" },
      profile: { action: "reuse", id: created.profile!.id },
      contact: { action: "reuse", id: created.contact!.id },
      writes: [],
    });
    expect(await rows(client)).toEqual(before);
  });

  it("plans a new post of a known author as the activity alone, bound to the author's profile and contact", async () => {
    const { client, service } = createEmbeddedOrganization();
    const created = await runIntake(service, sample);
    const next = { ...post(), posturl: `${post().posturl}9` };
    const plan = await planIntake(service, next);
    expect(plan).toMatchObject({
      kind: "create",
      profile: { action: "reuse", id: created.profile!.id, why: "communityAndHandle" },
      contact: { action: "reuse", id: created.contact!.id },
    });
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]).toMatchObject({
      table: "socialactivity",
      refersTo: {},
      data: {
        "postfromprofileid@odata.bind": `/socialprofiles(${created.profile!.id})`,
        "postauthor_contact@odata.bind": `/contacts(${created.contact!.id})`,
      },
    });
    expect((await planAuthor(service, next)).profile).toMatchObject({ action: "reuse", id: created.profile!.id });
    expect((await client.retrieveMultipleRecords("socialactivity")).entities).toHaveLength(1);
  });
});

describe("resolvedData", () => {
  it("replaces exactly the references to earlier rows by their binds, leaving the rest as planned", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
        fc.dictionary(fc.string(), fc.constantFrom("1", "2", "3")),
        (data, refersTo) => {
          const resolved = resolvedData({ table: "socialactivity", contentId: "4", data, refersTo }, (contentId) => `$${contentId}`);
          for (const [key, value] of Object.entries(resolved))
            expect(value).toBe(Object.prototype.hasOwnProperty.call(refersTo, key) ? `$${refersTo[key]}` : data[key]);
          expect(Object.keys(resolved).sort()).toEqual([...new Set([...Object.keys(data), ...Object.keys(refersTo)])].sort());
        },
      ),
    );
  });
});

describe("customerOf", () => {
  it("reads a lookup's id and table from its _x_value annotation pair, and nothing when either is missing", () => {
    const id = "00000000-0000-0000-0000-000000000001";
    const annotation = "_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname";
    expect(customerOf({ _customerid_value: id, [annotation]: "account" }, "customerid")).toEqual({ table: "account", id });
    expect(customerOf({ _customerid_value: id }, "customerid")).toBeUndefined();
    expect(customerOf({ [annotation]: "contact" }, "customerid")).toBeUndefined();
  });
});
