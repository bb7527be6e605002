/** @jest-environment node */
import { parseSocialPost } from "../../../plugins-shim/intake";
import { NOTES_MAX_LENGTH } from "../../../plugins-shim/intake/payloadContract";
import { contact, socialactivity, socialprofile } from "../../../plugins-shim/schema";
import sample from "../fixtures/seed004-sample-payload.json";

type Payload = Record<string, unknown> & { activityadditionalparams: Record<string, unknown> };
const payload = (): Payload => structuredClone(sample) as Payload;
const codes = (input: unknown) => {
  const result = parseSocialPost(input);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.column}:${d.code}`);
};
const max = (table: { columns: Record<string, { maxLength?: number }> }, name: string) => table.columns[name].maxLength!;

describe("parseSocialPost", () => {
  it("accepts the seed's sample payload and maps every field", () => {
    const result = parseSocialPost(sample);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.post).toMatchObject({
      postmessagetype: 0,
      community: 2,
      sentimentvalue: 1,
      posturl: sample.posturl,
      subject: sample.subject,
      postedon: "2016-12-30T13:15:30.000Z",
      author: {
        handle: "Contoso",
        fullName: "Contoso",
        profilelink: sample.activityadditionalparams.profilelink,
        community: 2,
        influencescore: 41,
        lastname: "Contoso",
      },
    });
    expect(JSON.parse(result.post.additionalParams)).toEqual(sample);
  });

  it("never throws on non-objects and reports them", () => {
    for (const input of [null, undefined, 42, "text", [], [sample]]) {
      expect(codes(input)).toEqual([":type"]);
    }
  });

  it("reads keys case-insensitively and accepts the activityaddtionalparams typo", () => {
    const input = payload();
    const params = input.activityadditionalparams;
    delete (input as Record<string, unknown>).activityadditionalparams;
    const renamed: Record<string, unknown> = {
      ...params,
      Notes: params.notes,
      IsRetweet: params.isRetweet,
      SOCIALHANDLE: params.socialHandle,
    };
    delete renamed.notes;
    delete renamed.isRetweet;
    delete renamed.socialHandle;
    const { posturl, ...rest } = input;
    const result = parseSocialPost({ ...rest, PostURL: posturl, activityaddtionalparams: renamed });
    expect(result.ok).toBe(true);
    expect(result.ok && result.post).toMatchObject({ posturl, author: { handle: "Contoso" } });
  });

  it("checks the enumerations of the payload", () => {
    expect(codes({ ...payload(), postmessagetype: 2 })).toEqual(["postmessagetype:choice"]);
    expect(codes({ ...payload(), community: 3 })).toEqual(expect.arrayContaining(["community:choice"]));
    expect(codes({ ...payload(), sentimentvalue: 0.5 })).toEqual(["sentimentvalue:choice"]);
    expect(codes({ ...payload(), sentimentvalue: "1" })).toEqual(["sentimentvalue:type"]);
    const unknownSentiment = parseSocialPost({ ...payload(), sentimentvalue: null });
    expect(unknownSentiment.ok && unknownSentiment.post.sentimentvalue).toBeNull();
  });

  it("holds text to the target columns' lengths from the schema", () => {
    const p = payload();
    p.description = "d".repeat(max(socialactivity, "description") + 1);
    p.subject = "s".repeat(max(socialactivity, "subject") + 1);
    p.posturl = `https://x.example/${"p".repeat(max(socialactivity, "posturl"))}`;
    p.activityadditionalparams.profilelink = `https://x.example/${"l".repeat(max(socialprofile, "profilelink"))}`;
    p.activityadditionalparams.socialHandle = "h".repeat(max(socialprofile, "profilename") + 1);
    p.activityadditionalparams.notes = "n".repeat(NOTES_MAX_LENGTH + 1);
    expect(codes(p)).toEqual(
      expect.arrayContaining([
        "description:maxLength",
        "subject:maxLength",
        "posturl:maxLength",
        "activityadditionalparams.profilelink:maxLength",
        "activityadditionalparams.socialHandle:maxLength",
        "activityadditionalparams.notes:maxLength",
      ]),
    );
  });

  it("takes the subject from the first characters of the description when there is no title", () => {
    const p = payload();
    delete p.subject;
    p.description = "x".repeat(max(socialactivity, "description"));
    const result = parseSocialPost(p);
    expect(result.ok && result.post.subject).toBe("x".repeat(max(socialactivity, "subject")));
  });

  it("wants http(s) links, an ISO 8601 date with offset and a 0–99 influence score", () => {
    expect(codes({ ...payload(), posturl: "javascript:alert(1)" })).toEqual(["posturl:unsafeUrl"]);
    expect(codes({ ...payload(), postedon: "2016-12-30T08:15:30" })).toEqual(["postedon:format"]);
    expect(codes({ ...payload(), postedon: "30/12/2016" })).toEqual(["postedon:format"]);
    expect(codes({ ...payload(), postedon: 1483103730 })).toEqual(["postedon:type"]);
    const p = payload();
    p.activityadditionalparams.influencescore = 100;
    p.activityadditionalparams.MSEbacklinkPost = "ftp://x";
    p.activityadditionalparams.isRetweet = "no";
    expect(codes(p)).toEqual(
      expect.arrayContaining([
        "activityadditionalparams.influencescore:range",
        "activityadditionalparams.MSEbacklinkPost:unsafeUrl",
        "activityadditionalparams.isRetweet:type",
      ]),
    );
  });

  it("needs the post URL, the community and an author handle", () => {
    const p = payload();
    delete p.posturl;
    delete p.community;
    delete p.activityadditionalparams.socialHandle;
    delete p.activityadditionalparams.profileName;
    expect(codes(p)).toEqual(["community:required", "posturl:required", "activityadditionalparams.socialHandle:required"]);
    expect(codes({ ...payload(), activityadditionalparams: "x" })).toEqual(["activityadditionalparams:type"]);
  });

  it("refuses an author community that contradicts the post's", () => {
    const p = payload();
    p.activityadditionalparams.community = 1;
    expect(codes(p)).toEqual(["activityadditionalparams.community:choice"]);
  });

  it("splits the full name into the contact's first and last name, within their lengths", () => {
    const p = payload();
    p.activityadditionalparams.fullName = "  Ada   King Lovelace ";
    const result = parseSocialPost(p);
    expect(result.ok && result.post.author).toMatchObject({ firstname: "Ada King", lastname: "Lovelace" });
    p.activityadditionalparams.fullName = `Ada ${"L".repeat(max(contact, "lastname") + 1)}`;
    expect(codes(p)).toEqual(["activityadditionalparams.fullName:maxLength"]);
  });
});
