/** @jest-environment node */
import { InMemoryDataverse } from "../../../simulator/organization/inMemoryDataverse";
import { parseSocialPost, postUrlKey, runIntake } from "../../../plugins-shim/intake";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import sample from "../fixtures/seed004-sample-payload.json";

const activities = async (client: InMemoryDataverse) => (await client.retrieveMultipleRecords("socialactivity")).entities;
const MISSING = "0f0f0f0f-0000-4000-8000-00000000dead";

describe("intake under hostile input", () => {
  it("refuses to seed a lookup that points at a row the data doesn't hold, naming the column", () => {
    const { client } = createEmbeddedOrganization();
    for (const record of [
      { subject: "old", posturl: sample.posturl, community: 2, _postfromprofileid_value: MISSING },
      {
        subject: "old",
        posturl: sample.posturl,
        community: 2,
        _postauthor_value: MISSING,
        "_postauthor_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact",
      },
    ]) {
      let error: unknown;
      try {
        client.seed("socialactivity", [record]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/_post(fromprofileid|author)_value.*does not exist/);
    }
  });

  it("reports a reused activity whose profile vanished as a failed run, never a throw", async () => {
    const { client, service } = createEmbeddedOrganization();
    const [profileId] = client.seed("socialprofile", [{ profilename: "Contoso", community: 2 }]);
    client.seed("socialactivity", [{ subject: "old", posturl: sample.posturl, community: 2, _postfromprofileid_value: profileId }]);
    await client.deleteRecord("socialprofile", profileId);
    const result = await runIntake(service, sample);
    expect(result).toMatchObject({ valid: false, error: { message: expect.stringContaining(profileId) } });
    expect(result.error!.message).not.toContain("[object Object]");
  });

  it("finds the same post again whatever spaces, trailing slash or scheme/host case it comes with, and stores one form", async () => {
    const { client, service } = createEmbeddedOrganization();
    const first = await runIntake(service, sample);
    for (const posturl of [
      `  ${sample.posturl}  `,
      `${sample.posturl}/`,
      sample.posturl.replace("https://www.twitter.com", "HTTPS://WWW.Twitter.COM"),
    ]) {
      const again = await runIntake(service, { ...sample, posturl });
      expect(again).toMatchObject({ valid: true, socialactivity: { action: "reuse", id: first.socialactivity!.id } });
    }
    expect((await activities(client)).map((a) => a.posturl)).toEqual([sample.posturl]);
  });

  it("keeps case-sensitive post ids apart: a post whose id differs only in case is a new post", async () => {
    const { client, service } = createEmbeddedOrganization();
    const youtube = (id: string) => ({ ...sample, posturl: `https://www.youtube.com/watch?v=${id}` });
    await runIntake(service, youtube("dQw4w9WgXcQ"));
    const other = await runIntake(service, youtube("DQW4W9WGXCQ"));
    expect(other.socialactivity!.action).toBe("create");
    expect((await activities(client)).map((a) => a.posturl).sort()).toEqual([
      "https://www.youtube.com/watch?v=DQW4W9WGXCQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    ]);
    expect((await runIntake(service, youtube("dQw4w9WgXcQ"))).socialactivity!.action).toBe("reuse");
  });

  it("looks posts up by a key that normalizes scheme, host and trailing slashes, keeping the path's case", () => {
    expect(postUrlKey(" HTTPS://Example.COM:443/p/AbC/// ")).toBe("https://example.com/p/AbC");
    expect(postUrlKey("https://example.com/")).toBe("https://example.com");
    expect(postUrlKey("https://example.com/a/?q=X#Y")).toBe("https://example.com/a?q=X#Y");
  });

  it("refuses a payload nested 100,000 levels deep with a diagnostic instead of overflowing the stack", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = parseSocialPost({ ...sample, activityadditionalparams: { ...sample.activityadditionalparams, extra: deep } });
    expect(result).toEqual({
      ok: false,
      diagnostics: [expect.objectContaining({ messageKey: "validation.payloadTooDeep", params: { max: 64 } })],
    });
  });

  it("cuts the subject from the description between characters, never inside a surrogate pair", () => {
    const description = `${"a".repeat(199)}😀 and more`;
    const result = parseSocialPost({ ...sample, subject: undefined, description });
    expect(result.ok && result.post.subject).toBe("a".repeat(199));
    const emoji = "😀".repeat(150);
    const cut = parseSocialPost({ ...sample, subject: undefined, description: emoji });
    expect(cut.ok && cut.post.subject).toBe("😀".repeat(100));
  });

  it("falls back to the description when the subject is blank", () => {
    const result = parseSocialPost({ ...sample, subject: "   " });
    expect(result.ok && result.post.subject).toBe(sample.description);
  });

  it("refuses the same key spelled twice in different case instead of silently picking one", () => {
    const result = parseSocialPost({ ...sample, PostUrl: "https://www.twitter.com/contoso/status/999" });
    expect(result).toEqual({
      ok: false,
      diagnostics: [expect.objectContaining({ column: "posturl, PostUrl", messageKey: "validation.duplicateKey" })],
    });
    const nested = parseSocialPost({ ...sample, activityadditionalparams: { ...sample.activityadditionalparams, SocialHandle: "Other" } });
    expect(nested).toEqual({
      ok: false,
      diagnostics: [expect.objectContaining({ column: "activityadditionalparams.socialHandle, activityadditionalparams.SocialHandle" })],
    });
    const bothSpellings = parseSocialPost({ ...sample, activityaddtionalparams: sample.activityadditionalparams });
    expect(bothSpellings.ok).toBe(false);
  });
});
