/** @jest-environment node */
import { InMemoryDataverse } from "../../plugins-shim/client";
import { createWebhookHandler, SIZE_EXCEEDED_HEADER } from "../../server/handler";
import { context, ref, sizeExceeded } from "./contexts";

/** The asynchronous PostOperation Create on socialactivity (server/intakeStep.ts), against the in-memory organization. */

async function linkedActivity(client: InMemoryDataverse, linked: boolean) {
  const contact = await client.createRecord("contact", { lastname: "Lovelace" });
  const profile = await client.createRecord("socialprofile", { profilename: "ada", community: 2, "customerid_contact@odata.bind": `/contacts(${contact.id})` });
  const links = linked ? { "postfromprofileid@odata.bind": `/socialprofiles(${profile.id})`, "postauthor_contact@odata.bind": `/contacts(${contact.id})` } : {};
  const activity = await client.createRecord("socialactivity", { subject: "Hi", community: 2, posturl: "https://x.com/ada/status/1", ...links });
  return { contactId: contact.id, profileId: profile.id, activityId: activity.id };
}

const created = (id: string, target: Record<string, unknown>) =>
  context({ message: "Create", table: "socialactivity", id, stage: 40, mode: 1, target });

describe("asynchronous socialactivity intake", () => {
  it("does nothing for an activity that already has its profile and author, however often it is delivered", async () => {
    const client = new InMemoryDataverse();
    const { activityId, profileId, contactId } = await linkedActivity(client, true);
    const handler = createWebhookHandler({ client });
    const body = JSON.stringify(created(activityId, { subject: "Hi", postfromprofileid: ref("socialprofile", profileId), postauthor: ref("contact", contactId) }));
    for (let delivery = 0; delivery < 2; delivery += 1) expect(await handler({ headers: {}, body })).toEqual({ status: 200, body: { done: "alreadyLinked" } });
    expect((await client.retrieveMultipleRecords("socialprofile")).entities).toHaveLength(1);
    expect((await client.retrieveMultipleRecords("contact")).entities).toHaveLength(1);
  });

  it("reads the activity through the Web API when the context came over 256 KB without its Target", async () => {
    const client = new InMemoryDataverse();
    const { activityId } = await linkedActivity(client, true);
    const body = JSON.stringify(sizeExceeded(created(activityId, { subject: "Hi" })));
    expect(await createWebhookHandler({ client })({ headers: { [SIZE_EXCEEDED_HEADER]: "true" }, body })).toEqual({ status: 200, body: { done: "alreadyLinked" } });
  });

  it("answers 501 for an activity without links: the find-or-create waits for intake to export it", async () => {
    const client = new InMemoryDataverse();
    const { activityId } = await linkedActivity(client, false);
    const answer = await createWebhookHandler({ client })({ headers: {}, body: JSON.stringify(created(activityId, { subject: "Hi" })) });
    expect(answer.status).toBe(501);
  });

  it("answers 503 (Dataverse retries once) when the Web API fails", async () => {
    const client = new InMemoryDataverse();
    const body = JSON.stringify(sizeExceeded(created("11111111-1111-1111-1111-111111111111", {})));
    // No such activity: the Web API's 404 is a failure of the read, not of the rules.
    expect((await createWebhookHandler({ client })({ headers: { [SIZE_EXCEEDED_HEADER]: "true" }, body })).status).toBe(503);
  });
});
