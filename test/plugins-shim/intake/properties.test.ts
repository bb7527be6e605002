/** @jest-environment node */
import fc from "fast-check";
import { parseSocialPost, runIntake } from "../../../plugins-shim/intake";
import { createEmbeddedOrganization } from "../../../simulator/organization/embeddedOrganization";
import { contact, socialactivity, socialprofile } from "../../../plugins-shim/schema";
import sample from "../fixtures/seed004-sample-payload.json";

const len = (table: { columns: Record<string, { maxLength?: number }> }, name: string) => table.columns[name].maxLength!;

/** The longest run of whole code points from the start that fits `max` UTF-16 units; blank: "". */
function subjectFrom(description: string, max: number): string {
  if (description.trim() === "") return "";
  let subject = "";
  for (const character of Array.from(description)) {
    if (subject.length + character.length > max) break;
    subject += character;
  }
  return subject;
}
const word = (max: number) =>
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]*$/, { maxLength: max }).filter((s) => s.length > 0 && s.length <= max);

/** Payloads that follow the seed's contract, built from the schema's limits. */
const validPayload = fc
  .record({
    postmessagetype: fc.constantFrom(0, 1),
    community: fc.constantFrom(0, 1, 2),
    sentimentvalue: fc.constantFrom(-1, 0, 1, null),
    path: word(len(socialactivity, "posturl") - 30),
    description: fc.string({ maxLength: len(socialactivity, "description") }),
    postedon: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }),
    handle: word(len(socialprofile, "profilename")),
    first: word(len(contact, "firstname")),
    last: word(len(contact, "lastname")),
    influencescore: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    typo: fc.boolean(),
  })
  .map((v) => ({
    postmessagetype: v.postmessagetype,
    community: v.community,
    sentimentvalue: v.sentimentvalue,
    posturl: `https://social.example/${v.path}`,
    description: v.description,
    postedon: v.postedon.toISOString(),
    [v.typo ? "activityaddtionalparams" : "activityadditionalparams"]: {
      socialHandle: v.handle,
      fullName: `${v.first} ${v.last}`,
      community: v.community,
      influencescore: v.influencescore,
    },
  }));

describe("intake properties", () => {
  it("never throws on arbitrary JSON, nor on the sample with any value swapped for junk", async () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseSocialPost(value);
      }),
      { numRuns: 300 },
    );
    const keys = [...Object.keys(sample), ...Object.keys(sample.activityadditionalparams).map((k) => `activityadditionalparams.${k}`)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), fc.jsonValue(), async (key, junk) => {
        const payload = structuredClone(sample) as unknown as Record<string, Record<string, unknown>>;
        const [outer, inner] = key.split(".");
        if (inner) payload[outer][inner] = junk as never;
        else payload[outer] = junk as never;
        const { service } = createEmbeddedOrganization();
        const result = await runIntake(service, payload);
        expect(typeof result.valid).toBe("boolean");
        if (!result.valid) expect(result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("reports a junk target table it cannot turn into a string, instead of throwing", async () => {
    // fast-check's counterexample from a CI run: String() throws on an object whose toString is null.
    const payload = structuredClone(sample) as unknown as Record<string, Record<string, unknown>>;
    payload.activityadditionalparams.targetEntityName = [{ toString: null }];
    const result = await runIntake(createEmbeddedOrganization().service, payload);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        column: "activityadditionalparams.targetEntityName",
        code: "choice",
        params: { value: '[{"toString":null}]' },
      }),
    );
  });

  it("valid payloads always give a consistent activity / profile / contact triple", async () => {
    await fc.assert(
      fc.asyncProperty(validPayload, async (payload) => {
        const { service } = createEmbeddedOrganization();
        const result = await runIntake(service, payload);
        expect(result.diagnostics).toEqual([]);
        expect(result.valid).toBe(true);
        const activity = result.socialactivity!.record!;
        const profile = result.profile!.record!;
        const person = result.contact!.record!;
        expect(activity._postfromprofileid_value).toBe(result.profile!.id);
        expect(activity._postauthor_value).toBe(result.contact!.id);
        expect(activity._postauthoraccount_value).toBe(result.contact!.id);
        expect(profile._customerid_value).toBe(result.contact!.id);
        expect(profile.community).toBe(activity.community);
        expect(activity.community).toBe(payload.community);
        expect(activity.posturl).toBe(payload.posturl);
        const params = (payload.activityadditionalparams ?? payload.activityaddtionalparams) as { socialHandle: string; fullName: string };
        expect(profile.profilename).toBe(params.socialHandle);
        expect(person.fullname).toBe(params.fullName);
        expect(activity.subject ?? "").toBe(subjectFrom(payload.description, len(socialactivity, "subject")));
      }),
      { numRuns: 100 },
    );
  });

  it("running the same valid payload twice creates nothing the second time", async () => {
    await fc.assert(
      fc.asyncProperty(validPayload, async (payload) => {
        const { client, service } = createEmbeddedOrganization();
        const first = await runIntake(service, payload);
        const second = await runIntake(service, payload);
        expect(second.socialactivity).toMatchObject({ action: "reuse", id: first.socialactivity!.id });
        for (const table of ["contact", "socialprofile", "socialactivity"]) {
          expect((await client.retrieveMultipleRecords(table)).entities).toHaveLength(1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
