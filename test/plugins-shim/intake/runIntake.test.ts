/** @jest-environment node */
import { ErrorCodes } from "../../../plugins-shim/client";
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { activityIdOf, contactIdOf, parseSocialPost, profileIdOf, runIntake } from "../../../plugins-shim/intake";
import type { SocialPost } from "../../../plugins-shim/intake";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import sample from "../fixtures/seed004-sample-payload.json";

const counts = async (client: InMemoryDataverse) =>
  Object.fromEntries(
    await Promise.all(
      ["contact", "socialprofile", "socialactivity"].map(async (t) => [t, (await client.retrieveMultipleRecords(t)).entities.length]),
    ),
  );

describe("runIntake", () => {
  it("golden: the seed's sample creates a contact, a profile linked to it and an activity bound to both", async () => {
    const { client, service } = createEmbeddedOrganization();
    const result = await runIntake(service, sample);
    expect(result.valid).toBe(true);
    expect(result.contact).toMatchObject({ action: "create", record: { lastname: "Contoso", fullname: "Contoso" } });
    expect(result.profile).toMatchObject({
      action: "create",
      record: {
        profilename: "Contoso",
        profilefullname: "Contoso",
        profilelink: "http://www.twitter.com/Contoso",
        community: 2,
        influencescore: 41,
        _customerid_value: result.contact!.id,
      },
    });
    expect(result.socialactivity!.record).toMatchObject({
      subject: sample.subject,
      description: sample.description,
      community: 2,
      posturl: sample.posturl,
      postedon: "2016-12-30T13:15:30.000Z",
      sentimentvalue: 1,
      postmessagetype: 0,
      statecode: 0,
      _postfromprofileid_value: result.profile!.id,
      _postauthor_value: result.contact!.id,
      _postauthoraccount_value: result.contact!.id,
    });
    expect(JSON.parse(result.socialactivity!.record!.activityadditionalparams as string)).toEqual(sample);
    expect(await counts(client)).toEqual({ contact: 1, socialprofile: 1, socialactivity: 1 });
  });

  it("is idempotent: the same post URL and community twice creates nothing new", async () => {
    const { client, service } = createEmbeddedOrganization();
    const first = await runIntake(service, sample);
    const second = await runIntake(service, sample);
    expect(second).toMatchObject({
      valid: true,
      socialactivity: { action: "reuse", id: first.socialactivity!.id },
      profile: { action: "reuse", id: first.profile!.id },
      contact: { action: "reuse", id: first.contact!.id },
    });
    expect(await counts(client)).toEqual({ contact: 1, socialprofile: 1, socialactivity: 1 });
    const otherCommunity = await runIntake(service, {
      ...sample,
      community: 1,
      activityadditionalparams: { ...sample.activityadditionalparams, community: 1 },
    });
    expect(otherCommunity.socialactivity!.action).toBe("create");
  });

  it("reuses an active profile of the same community and handle, and its contact", async () => {
    const { client, service } = createEmbeddedOrganization();
    const [contactId] = client.seed("contact", [{ firstname: "Known", lastname: "Person" }]);
    const [profileId] = client.seed("socialprofile", [
      { profilename: "contoso", community: 2, "customerid_contact@odata.bind": `/contacts(${contactId})` },
    ]);
    const result = await runIntake(service, sample);
    expect(result).toMatchObject({ profile: { action: "reuse", id: profileId }, contact: { action: "reuse", id: contactId } });
    expect(result.socialactivity!.record).toMatchObject({ _postauthor_value: contactId, _postfromprofileid_value: profileId });
    expect(await counts(client)).toEqual({ contact: 1, socialprofile: 1, socialactivity: 1 });
  });

  it("ignores inactive profiles and profiles of another community", async () => {
    const { client, service } = createEmbeddedOrganization();
    client.seed("socialprofile", [
      { profilename: "Contoso", community: 2, statecode: 1, statuscode: 2 },
      { profilename: "Contoso", community: 1 },
    ]);
    const result = await runIntake(service, sample);
    expect(result.profile!.action).toBe("create");
  });

  it("new rows carry the derived ids (intakeIds.ts); a derived id held already (a deactivated profile, an orphan contact) is left to the platform", async () => {
    const post = (parseSocialPost(sample) as { ok: true; post: SocialPost }).post;
    const first = createEmbeddedOrganization();
    const created = await runIntake(first.service, sample);
    expect(created).toMatchObject({
      socialactivity: { id: activityIdOf(post) },
      profile: { id: profileIdOf(post) },
      contact: { id: contactIdOf(post) },
    });

    const { client, service } = createEmbeddedOrganization();
    client.seed("contact", [{ contactid: contactIdOf(post), lastname: "Orphan" }]);
    client.seed("socialprofile", [
      { socialprofileid: profileIdOf(post), profilename: "Contoso", community: 2, statecode: 1, statuscode: 2 },
    ]);
    const result = await runIntake(service, sample);
    expect(result).toMatchObject({ valid: true, profile: { action: "create" }, contact: { action: "create" } });
    expect(result.profile!.id).not.toBe(profileIdOf(post));
    expect(result.contact!.id).not.toBe(contactIdOf(post));
  });

  it("binds to an account customer without creating a contact", async () => {
    const { client, service } = createEmbeddedOrganization();
    const accountId = "0f0f0f0f-0000-0000-0000-000000000001";
    client.seed("account", [{ accountid: accountId, name: "Contoso Ltd" }]);
    client.seed("socialprofile", [{ profilename: "Contoso", community: 2, "customerid_account@odata.bind": `/accounts(${accountId})` }]);
    const result = await runIntake(service, sample);
    expect(result.contact).toEqual({ action: "none", id: null, record: null });
    expect(result.socialactivity!.record).toMatchObject({
      _postauthoraccount_value: accountId,
      "_postauthoraccount_value@Microsoft.Dynamics.CRM.lookuplogicalname": "account",
    });
  });

  it("undoes what the run created when a later step fails", async () => {
    const { client, service } = createEmbeddedOrganization({
      intercept: ({ operation, table }) =>
        operation === "create" && table === "socialactivity"
          ? { errorCode: ErrorCodes.PrivilegeDenied, message: "No create privilege on socialactivity", status: 403 }
          : undefined,
    });
    const result = await runIntake(service, sample);
    expect(result).toMatchObject({ valid: false, error: { errorCode: ErrorCodes.PrivilegeDenied }, socialactivity: null });
    expect(await counts(client)).toEqual({ contact: 0, socialprofile: 0, socialactivity: 0 });
  });

  it("returns diagnostics, writes nothing, for an invalid payload", async () => {
    const { client, service } = createEmbeddedOrganization();
    const result = await runIntake(service, { ...sample, posturl: "nope" });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.column)).toEqual(["posturl"]);
    expect(await counts(client)).toEqual({ contact: 0, socialprofile: 0, socialactivity: 0 });
  });
});
